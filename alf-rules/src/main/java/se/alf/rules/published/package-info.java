/**
 * The published figures, with their citations: one home that both the rule sets (e.g.
 * {@code alf-2014}) and the published scenario ({@link se.alf.rules.Scenarios#published()}) read,
 * so the caller's package never reaches into a rule set's implementation for a figure.
 */
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.rules.published;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
