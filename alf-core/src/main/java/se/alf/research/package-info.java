/** TODO(helper): describe the package. */
@AlfStyle
package se.alf.research;

import se.alf.style.AlfStyle;
