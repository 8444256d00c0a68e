/**
 * The agreements of ALF: the national agreement (<i>ALF-avtalet</i>, 2014), the regional ALF
 * agreements (<i>regionala ALF-avtal</i>, RALF) and the affiliation agreements
 * (<i>anknytningsavtal</i>, <i>hängavtal</i>), with their {@link se.alf.agreement.Party parties},
 * what is known of their dates ({@link se.alf.agreement.DateBounds}) and whether they are
 * {@link se.alf.agreement.InForce in force} on a date. {@link
 * se.alf.agreement.AgreementLandscape#sweden()} holds the Swedish agreements the sources name.
 */
@AlfStyle
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.agreement;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import se.alf.style.AlfStyle;
