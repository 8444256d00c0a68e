package org.example.consumer;

import java.time.Year;
import se.alf.party.AlfRegion;
import se.alf.rules.Allocation;
import se.alf.rules.RuleSets;
import se.alf.rules.Scenarios;

/** Prints what Örebro gets in 2027 under the proposal: the README's first question. */
public final class Consumer {

  private Consumer() {}

  public static void main(String[] args) {
    Allocation a = RuleSets.proposal2024().allocate(Scenarios.published(), Year.of(2027));
    System.out.println("rule sets found: " + RuleSets.all().keySet());
    System.out.println("Örebro 2027 total: " + a.region(AlfRegion.OREBRO).total());
  }
}
