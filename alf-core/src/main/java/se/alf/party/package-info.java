/**
 * The parties: Sweden's 21 {@link se.alf.party.Region regions} by county code, the seven
 * {@link se.alf.party.University universities} with a medical programme, the seven
 * {@link se.alf.party.AlfRegion ALF regions}, the regions' names over time
 * ({@link se.alf.party.RegionNames}, each cited) and the six
 * {@link se.alf.party.HealthcareRegion healthcare regions} (sjukvårdsregioner).
 */
@AlfStyle
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.party;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import se.alf.style.AlfStyle;
