/** TODO(helper): describe the package. */
@AlfStyle
package se.alf.quality;

import se.alf.style.AlfStyle;
