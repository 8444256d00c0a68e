/** The rule set pm2024: see {@link se.alf.rules.pm2024.Proposal2024}. */
@NullMarked
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
package se.alf.rules.pm2024;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
