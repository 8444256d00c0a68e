package se.alf.rules;

import java.time.Year;
import org.junit.jupiter.api.Test;
import se.alf.party.AlfRegion;

class SmokeTest {
  @Test
  void smoke() {
    for (RuleSet rs : RuleSets.all().values()) {
      for (int y = 2015; y <= 2030; y++) {
        Allocation a = rs.allocate(Scenarios.published(), Year.of(y));
        if (y == 2027 || y == 2015) {
          System.out.println(rs.id() + " " + y + " " + a.paidToRegions() + " returned " + a.returnedToState().value());
          System.out.println(a.explain(AlfRegion.OREBRO));
        }
      }
      System.out.println(rs.validate(Scenarios.published(), Year.of(2030)));
      System.out.println(rs.evaluationSchedule(Scenarios.published(), Year.of(2027)).explanation().render());
    }
  }
}
