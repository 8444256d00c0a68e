package se.alf.rules.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The clauses of the agreement (or of the library's own promises) a contract test checks, e.g.
 * {@code "PM U2024/01035 7.10"}. The {@link CertificationSummary} lists every clause covered.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Clause {

  /** The clauses, each as {@code "<document> <section>"}. */
  String[] value();
}
