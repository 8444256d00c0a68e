/**
 * Money: {@link se.alf.money.Sek}, kronor exact to the öre, and {@link se.alf.money.Split}, which
 * splits an amount by weights so that the parts add up to it.
 */
@NullMarked
@API(status = API.Status.STABLE, since = "0.1")
package se.alf.money;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
