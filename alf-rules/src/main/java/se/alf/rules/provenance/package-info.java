/** How much a result rests on agreement text and published figures, assumptions or inputs. */
package se.alf.rules.provenance;
