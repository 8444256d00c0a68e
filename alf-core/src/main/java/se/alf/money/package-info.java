/**
 * Money: {@link se.alf.money.Sek}, kronor exact to the öre, and {@link se.alf.money.Split}, which
 * splits an amount by weights so that the parts add up to it.
 */
package se.alf.money;
