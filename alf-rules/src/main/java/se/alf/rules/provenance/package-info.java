/** How much a result rests on agreement text and published figures, assumptions or inputs. */
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.rules.provenance;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
