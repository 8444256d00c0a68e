/**
 * Reference data on the medical workforce and clinical placements around ALF: seed 004's table of
 * AT, BT and ST posts and VFU student weeks in Sjukvårdsregion Mellansverige.
 */
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.workforce;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
