/** TODO(helper): describe the package. */
@AlfStyle
package se.alf.programme;

import se.alf.style.AlfStyle;
