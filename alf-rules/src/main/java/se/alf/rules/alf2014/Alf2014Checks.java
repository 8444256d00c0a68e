package se.alf.rules.alf2014;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import se.alf.agreement.Agreement;
import se.alf.agreement.AgreementLandscape;
import se.alf.agreement.InForce;
import se.alf.money.Sek;
import se.alf.party.AlfRegion;
import se.alf.party.Region;
import se.alf.programme.FullYearStudents;
import se.alf.rules.EvaluationSchedule;
import se.alf.rules.Finding;
import se.alf.rules.Keys;
import se.alf.rules.MissingInputException;
import se.alf.rules.Severity;
import se.alf.rules.spi.RuleContext;
import se.alf.rules.spi.Slots;
import se.alf.rules.spi.Step;
import se.alf.source.Citation;

/** The validations of the 2014 agreement, one method each. */
final class Alf2014Checks {

  private Alf2014Checks() {}

  /** A region that takes fewer full-year students than the state's minimum. */
  static ImmutableList<Finding> studentsBelowMinimum(RuleContext ctx) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (AlfRegion r : AlfRegion.values()) {
      try {
        FullYearStudents minimum = ctx.regional(Slots.MINIMUM_STUDENTS, r).value();
        FullYearStudents actual = ctx.regional(Slots.ACTUAL_STUDENTS, r).value();
        if (actual.compareTo(minimum) < 0) {
          out.add(finding(Severity.ERROR, "students-below-minimum", r, Alf2014Sources.MINIMUM_HST,
              "takes " + actual + " in " + ctx.year() + ", below the minimum " + minimum
                  + " the state expects"));
        }
      } catch (MissingInputException e) {
        out.add(cannotCheck("students-below-minimum", r, Alf2014Sources.MINIMUM_HST, e));
      }
    }
    return out.build();
  }

  /** An evaluation whose due year has passed. */
  static ImmutableList<Finding> evaluationOverdue(RuleContext ctx) {
    EvaluationSchedule schedule;
    try {
      schedule = ctx.national(Slots.EVALUATION).value();
    } catch (MissingInputException e) {
      return ImmutableList.of(
          cannotCheck("evaluation-overdue", null, Alf2014Sources.EVALUATION, e));
    }
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    overdue(ctx.year(), schedule.nextResearchEvaluation(), "research quality evaluation")
        .ifPresent(out::add);
    schedule.nextUsvEvaluation()
        .flatMap(due -> overdue(ctx.year(), due, "university-healthcare (USV) evaluation"))
        .ifPresent(out::add);
    return out.build();
  }

  private static Optional<Finding> overdue(Year year, Year due, String what) {
    if (!year.isAfter(due)) {
      return Optional.empty();
    }
    return Optional.of(Finding.builder().severity(Severity.WARNING).check("evaluation-overdue")
        .message("the " + what + " was due in " + due + " and is overdue in " + year)
        .citation(Alf2014Sources.EVALUATION).build());
  }

  /** Unused funds carried into the year where the agreement does not allow it. */
  static ImmutableList<Finding> fundsCarriedOver(RuleContext ctx) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    Step s = ctx.step("carry-over", Alf2014Sources.NO_CARRY_OVER);
    boolean allowed = s.read(Keys.CARRY_OVER_ALLOWED);
    for (AlfRegion r : AlfRegion.values()) {
      Optional<Sek> carried = s.find(Keys.CARRIED_OVER.of(r));
      if (carried.isPresent() && carried.get().signum() > 0) {
        out.add(finding(allowed ? Severity.INFO : Severity.ERROR, "funds-carried-over", r,
            Alf2014Sources.NO_CARRY_OVER, allowed
                ? "carried " + carried.get().format() + " into " + ctx.year()
                    + ", as the supplementary agreement allows"
                : "carried " + carried.get().format() + " of unused funds into " + ctx.year()
                    + "; unused funds must be paid back"));
      }
    }
    return out.build();
  }

  /**
   * An ALF region without a regional agreement (RALF) in force. A RALF that is a known unknown
   * (no source bounds its start, {@link Agreement#startUnbounded()}) is not a finding about the
   * date: {@link #knownUnknowns} reports it once.
   */
  static ImmutableList<Finding> regionalAgreementInForce(RuleContext ctx,
      AgreementLandscape landscape, LocalDate date) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (AlfRegion r : AlfRegion.values()) {
      Optional<Agreement> ralf = landscape.regionalAgreement(r);
      if (ralf.isEmpty()) {
        out.add(finding(Severity.ERROR, "regional-agreement", r,
            Alf2014Sources.REGIONAL_AGREEMENTS, "has no regional ALF agreement (RALF)"));
        continue;
      }
      InForce status = ralf.get().statusOn(date);
      if (status == InForce.UNKNOWN && ralf.get().startUnbounded()) {
        continue;
      }
      if (status != InForce.IN_FORCE) {
        out.add(finding(status == InForce.UNKNOWN ? Severity.WARNING : Severity.ERROR,
            "regional-agreement", r, Alf2014Sources.REGIONAL_AGREEMENTS,
            "its regional agreement " + ralf.get().id() + " is " + describe(status) + " on "
                + date));
      }
    }
    return out.build();
  }

  /**
   * An affiliated region whose regional agreement is not in force; where the RALF is a known
   * unknown, {@link #knownUnknowns} reports it once.
   */
  static ImmutableList<Finding> affiliationsBound(RuleContext ctx, AgreementLandscape landscape,
      LocalDate date) {
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (AlfRegion r : AlfRegion.values()) {
      Optional<Agreement> agreement = landscape.regionalAgreement(r);
      InForce ralf = agreement.map(a -> a.statusOn(date)).orElse(InForce.NOT_IN_FORCE);
      boolean knownUnknown = ralf == InForce.UNKNOWN && agreement.get().startUnbounded();
      for (Agreement affiliation : landscape.affiliations(r)) {
        if (affiliation.statusOn(date) == InForce.NOT_IN_FORCE || ralf == InForce.IN_FORCE
            || knownUnknown) {
          continue;
        }
        for (Region affiliated : affiliation.affiliatedRegions()) {
          out.add(Finding.builder()
              .severity(ralf == InForce.UNKNOWN ? Severity.WARNING : Severity.ERROR)
              .check("affiliated-region-bound").region(affiliated)
              .message("is affiliated by " + affiliation.id() + " to the regional agreement of "
                  + r.displayName() + ", which is " + describe(ralf) + " on " + date)
              .citation(affiliation.citation()).build());
        }
      }
    }
    return out.build();
  }

  /**
   * The known unknowns of the landscape, as one piece of information: the agreements no source
   * dates and no dated source describes as current ({@link AgreementLandscape#knownUnknowns()}),
   * so that whether they are in force is not known on any date. Reported as one INFO finding
   * rather than as a warning per region and date, since no date can change it.
   */
  static ImmutableList<Finding> knownUnknowns(RuleContext ctx, AgreementLandscape landscape,
      LocalDate date) {
    ImmutableList<Agreement> unknown = landscape.knownUnknowns().stream()
        .filter(a -> a.statusOn(date) == InForce.UNKNOWN)
        .collect(ImmutableList.toImmutableList());
    if (unknown.isEmpty()) {
      return ImmutableList.of();
    }
    StringBuilder m = new StringBuilder("no source gives when ");
    for (int i = 0; i < unknown.size(); i++) {
      m.append(i == 0 ? "" : i == unknown.size() - 1 ? " and " : ", ").append(unknown.get(i).id());
    }
    m.append(" took effect, and none describes ").append(unknown.size() == 1 ? "it" : "them")
        .append(" as current: whether in force is not known on any date (a known unknown)");
    return ImmutableList.of(Finding.builder().severity(Severity.INFO).check("known-unknowns")
        .message(m.toString()).citation(Alf2014Sources.REGIONAL_AGREEMENTS).build());
  }

  private static String describe(InForce status) {
    return status == InForce.UNKNOWN ? "not known to be in force" : "not in force";
  }

  static Finding finding(Severity severity, String check, AlfRegion region, Citation citation,
      String message) {
    Finding.Builder b = Finding.builder().severity(severity).check(check).message(message)
        .citation(citation);
    if (region != null) {
      b.alfRegion(region);
    }
    return b.build();
  }

  static Finding cannotCheck(String check, AlfRegion region, Citation citation,
      MissingInputException e) {
    return finding(Severity.WARNING, check, region, citation, "cannot be checked: " + e.key()
        + " has no value on " + e.date());
  }
}
