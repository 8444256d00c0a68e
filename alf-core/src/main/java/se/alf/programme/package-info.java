/**
 * The medical programme (läkarprogrammet): {@link se.alf.programme.Semester semesters} (VT/HT),
 * {@link se.alf.programme.FullYearStudents full-year students} (helårsstudenter, HST), the 11- and
 * 12-term {@link se.alf.programme.MedicalProgramme programmes} with their
 * {@link se.alf.programme.TermProfile term profiles}, {@link se.alf.programme.Cohort cohorts} of
 * students, and the {@link se.alf.programme.StudySite study sites} of decentralised programmes.
 *
 * <p>Every datum cites its source; what the sources do not give is explicit (an empty
 * {@code Optional} or a {@link se.alf.programme.NotInSourcesException}), never a guess.
 */
@AlfStyle
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.programme;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import se.alf.style.AlfStyle;
