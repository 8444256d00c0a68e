/**
 * The quality evaluation of clinical research (utvärdering av den kliniska forskningens kvalitet)
 * that Vetenskapsrådet runs for the seven ALF regions: three weighted
 * {@link se.alf.quality.Panel panels}, a three-step {@link se.alf.quality.Grade grade} scale, the
 * {@link se.alf.quality.RegionEvaluation result} of each region in each
 * {@link se.alf.quality.EvaluationRound round}, and the published rounds of 2018 and 2023 in
 * {@link se.alf.quality.Evaluations}. A grade that was not published is unknown, never inferred.
 */
@AlfStyle
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.quality;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import se.alf.style.AlfStyle;
