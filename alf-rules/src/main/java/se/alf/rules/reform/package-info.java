/**
 * Reforms: rule sets derived from a baseline by replacing dated parameters, single rules and
 * statements ({@link se.alf.rules.reform.Reform}), validated whole before they exist; and the
 * consultation responses to memorandum U2024/01035 as reforms of {@code pm-2024}
 * ({@link se.alf.rules.reform.Reforms}).
 */
@NullMarked
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
package se.alf.rules.reform;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
