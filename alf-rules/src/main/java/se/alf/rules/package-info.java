/** The rule-set interface, scenarios, results and explanations. */
@AlfStyle
package se.alf.rules;

import se.alf.style.AlfStyle;
