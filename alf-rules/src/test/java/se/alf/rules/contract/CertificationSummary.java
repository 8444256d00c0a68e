package se.alf.rules.contract;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import se.alf.rules.param.Parameter;
import se.alf.rules.RuleSet;

/**
 * A JUnit 5 extension that collects each contract test's outcome and, after the class, prints a
 * certification summary: the rule set's id, the library version, a SHA-256 of the rule set's
 * parameters, each property with the examples run and its outcome, and the clauses covered.
 * {@link RuleSetContract} registers it.
 */
public final class CertificationSummary
    implements BeforeTestExecutionCallback, AfterTestExecutionCallback, AfterAllCallback {

  private static final Namespace NAMESPACE = Namespace.create(CertificationSummary.class);

  /** One property's outcome. */
  private static final class Row {
    final String property;
    final long examples;
    final String outcome;
    final List<String> clauses;

    Row(String property, long examples, String outcome, List<String> clauses) {
      this.property = property;
      this.examples = examples;
      this.outcome = outcome;
      this.clauses = clauses;
    }
  }

  /** What the class's tests found. */
  private static final class Collected {
    final List<Row> rows = new ArrayList<>();
    RuleSet ruleSet;
  }

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    Examples.takeCount();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    long examples = Examples.takeCount();
    Collected c = collected(context);
    context.getTestInstance().filter(RuleSetContract.class::isInstance)
        .map(i -> ((RuleSetContract) i).ruleSet()).ifPresent(r -> c.ruleSet = r);
    List<String> clauses = context.getTestMethod().map(m -> m.getAnnotation(Clause.class))
        .map(a -> List.of(a.value())).orElse(List.of());
    String outcome = context.getExecutionException()
        .map(e -> "FAILED: " + firstLine(e.getMessage())).orElse("passed");
    synchronized (c) {
      c.rows.add(new Row(context.getDisplayName(), examples, outcome, clauses));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Collected c = collected(context);
    if (c.ruleSet != null) {
      System.out.println(render(c.ruleSet, c.rows));
    }
  }

  private static Collected collected(ExtensionContext context) {
    ExtensionContext classContext = context.getTestMethod().isPresent()
        ? context.getParent().orElseThrow() : context;
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Collected.class,
        k -> new Collected(), Collected.class);
  }

  private static String render(RuleSet ruleSet, List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append("== ALF rule-set certification ==\n")
        .append("rule set:         ").append(ruleSet.id()).append(" (").append(ruleSet.title())
        .append(")\n")
        .append("library version:  ").append(libraryVersion()).append('\n')
        .append("parameters:       sha256 ").append(parametersSha256(ruleSet)).append('\n');
    Set<String> clauses = new TreeSet<>();
    int failed = 0;
    for (Row r : rows) {
      out.append(String.format("  %-8s %,7d examples  %s%n", r.outcome.startsWith("passed")
          ? "PASSED" : "FAILED", r.examples, r.property));
      if (!r.outcome.startsWith("passed")) {
        failed++;
        out.append("           ").append(r.outcome).append('\n');
      }
      clauses.addAll(r.clauses);
    }
    out.append("clauses covered:  ").append(String.join("; ", clauses)).append('\n')
        .append("result:           ").append(failed == 0 ? "CERTIFIED" : "NOT CERTIFIED")
        .append(", ").append(rows.size() - failed).append(" of ").append(rows.size())
        .append(" properties hold");
    return out.toString();
  }

  /**
   * Returns the SHA-256 of {@code ruleSet}'s parameters: each parameter's key id and every dated
   * value of it (range, value, basis, citation), in the parameters' order.
   */
  public static String parametersSha256(RuleSet ruleSet) {
    Hasher h = Hashing.sha256().newHasher();
    for (Parameter<?> p : ruleSet.parameters().list()) {
      h.putString(p.key().id(), StandardCharsets.UTF_8).putChar('\n');
      p.timeline().values().forEach(v -> h.putString(v.rangeText() + "=" + v.value() + " "
          + v.citation().render(), StandardCharsets.UTF_8).putChar('\n'));
    }
    return h.hash().toString();
  }

  /** Returns the version of alf the kit was built with. */
  public static String libraryVersion() {
    try (InputStream in = CertificationSummary.class.getResourceAsStream("kit.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "unknown");
      }
    } catch (IOException e) {
      // fall through
    }
    return "unknown";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
