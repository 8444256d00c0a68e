/** An example plugin: brings one rule set to alf through {@code RuleSetProvider}. */
module org.example.alf.provider {
  requires se.alf.rules;

  provides se.alf.rules.spi.RuleSetProvider with org.example.alf.provider.SixYearEvaluation;
}
