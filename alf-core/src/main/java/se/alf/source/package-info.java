/** Citations: where every rule, parameter and datum comes from. */
@AlfStyle
package se.alf.source;

import se.alf.style.AlfStyle;
