/**
 * Research projects (forskningsprojekt) as the definition of clinical research (klinisk forskning)
 * looks at them: whether a {@link se.alf.research.ResearchProject project} presupposes the
 * structures and resources of healthcare, whether it aims at a health problem, which
 * {@link se.alf.research.Permit permits} it needs, and what {@link se.alf.research.ResearchKind
 * kind} of research it is; with cited {@link se.alf.research.ResearchProjects examples} from the
 * consultation on the 2024 proposal. Nothing here decides what counts: the rule sets do.
 */
@AlfStyle
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.research;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import se.alf.style.AlfStyle;
