/**
 * What a rule-set author uses: a {@link se.alf.rules.spi.RuleSetProvider} offers rule sets; a
 * {@link se.alf.rules.spi.StandardRuleSet} is parameters plus a {@link se.alf.rules.spi.RuleBook}
 * of rules put into named {@link se.alf.rules.spi.Slots}; each rule runs in a
 * {@link se.alf.rules.spi.RuleContext} and records its work in a {@link se.alf.rules.spi.Step},
 * which becomes an explanation. The ALF-specific rule types (grades, the definition of clinical
 * research, the research distribution, statements) live here too. A caller who only allocates and
 * compares never needs this package.
 */
@AlfStyle
@NullMarked
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
package se.alf.rules.spi;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import se.alf.style.AlfStyle;
