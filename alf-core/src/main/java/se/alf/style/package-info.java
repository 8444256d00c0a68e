/** The project's Immutables style; exported only to the library's own modules. */
@NullMarked
@API(status = API.Status.INTERNAL, since = "0.1")
package se.alf.style;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
