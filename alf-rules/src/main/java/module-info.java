/**
 * The ALF rule sets: the 2014 agreement and the 2024 proposal (PM U2024/01035), found through
 * {@link java.util.ServiceLoader} or by id, with dated, cited parameters and explained results.
 */
module se.alf.rules {
  requires transitive se.alf.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static org.apiguardian.api;

  exports se.alf.rules;
  exports se.alf.rules.param;
  exports se.alf.rules.explain;
  exports se.alf.rules.spi;
  exports se.alf.rules.published;
  exports se.alf.rules.alf2014;
  exports se.alf.rules.pm2024;
  exports se.alf.rules.reform;
  exports se.alf.rules.compare;
  exports se.alf.rules.backtest;
  exports se.alf.rules.provenance;
  exports se.alf.rules.report;
  exports se.alf.rules.sensitivity;

  uses se.alf.rules.spi.RuleSetProvider;

  provides se.alf.rules.spi.RuleSetProvider with
      se.alf.rules.alf2014.Alf2014.Provider,
      se.alf.rules.pm2024.Proposal2024.Provider,
      se.alf.rules.reform.LakarforbundetResponse.Provider,
      se.alf.rules.reform.VasterbottenResponse.Provider;
}
