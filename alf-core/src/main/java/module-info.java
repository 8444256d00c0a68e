/**
 * The vocabulary of the ALF agreement: parties, agreements, the medical programme, research
 * projects, money, quality grades and dated values, with the embedded reference data of Sweden.
 * Nothing here knows a rule; the rule sets live in {@code se.alf.rules}.
 */
module se.alf.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static org.apiguardian.api;

  exports se.alf.agreement;
  exports se.alf.money;
  exports se.alf.number;
  exports se.alf.party;
  exports se.alf.programme;
  exports se.alf.quality;
  exports se.alf.research;
  exports se.alf.source;
  exports se.alf.time;
  exports se.alf.workforce;
  exports se.alf.style to se.alf.rules, se.alf.examples;
}
