/** TODO(helper): describe the package. */
@AlfStyle
package se.alf.agreement;

import se.alf.style.AlfStyle;
