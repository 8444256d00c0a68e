package se.alf.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.alf.agreement.Agreement;
import se.alf.agreement.AgreementLandscape;
import se.alf.agreement.InForce;
import se.alf.party.AlfRegion;
import se.alf.party.HealthcareRegion;
import se.alf.party.Region;
import se.alf.party.RegionNames;

/**
 * Renders the agreement landscape (<i>avtalslandskapet</i>) on a date as plain text for a
 * terminal: the national agreement and its status, then per ALF region its region (by the name on
 * that date) and university, its regional agreement (RALF), the regions affiliated to it, and the
 * healthcare regions of each; last, the regions no RALF binds.
 *
 * <p>Dates are shown as far as the sources know them, never guessed. This class is immutable and
 * thread-safe.
 */
public final class LandscapeReport {

  private final AgreementLandscape landscape;

  /** Returns a report of {@code landscape}. */
  public LandscapeReport(AgreementLandscape landscape) {
    this.landscape = Objects.requireNonNull(landscape, "landscape");
  }

  /** Returns the landscape on {@code date} as lines of text, each ending in a newline. */
  public String render(LocalDate date) {
    Objects.requireNonNull(date, "date");
    StringBuilder s = new StringBuilder();
    s.append("ALF agreement landscape on ").append(date).append("\n\n");
    Agreement national = landscape.national();
    s.append("National agreement (").append(national.id()).append("): ")
        .append(national.title()).append('\n');
    dates(s, "  ", national, date);
    s.append("  parties: ").append(national.parties().stream().map(p -> p.nameOn(date))
        .collect(Collectors.joining(", "))).append('\n');
    for (AlfRegion alf : AlfRegion.values()) {
      s.append('\n').append("ALF region ").append(alf.displayName()).append(": ")
          .append(name(alf.region(), date)).append(" + ").append(alf.university().swedishName())
          .append('\n');
      s.append("  healthcare region: ").append(healthcare(alf.region())).append('\n');
      Optional<Agreement> ralf = landscape.regionalAgreement(alf);
      if (ralf.isEmpty()) {
        s.append("  RALF: none known\n");
        continue;
      }
      s.append("  RALF (").append(ralf.get().id()).append("): ").append(ralf.get().title())
          .append('\n');
      dates(s, "    ", ralf.get(), date);
      ImmutableList<Agreement> affiliations = landscape.affiliations(alf);
      if (affiliations.isEmpty()) {
        s.append("  affiliated regions: none found\n");
      }
      for (Agreement a : affiliations) {
        s.append("  affiliation (").append(a.id()).append("): ").append(a.title()).append('\n');
        dates(s, "    ", a, date);
        for (Region r : a.affiliatedRegions()) {
          s.append("    - ").append(name(r, date)).append("; healthcare region: ")
              .append(healthcare(r)).append("; bound to the RALF: ")
              .append(landscape.bindingRalf(r, date).map(b -> status(b.status())).orElse("no"))
              .append('\n');
        }
      }
    }
    ImmutableList<String> unbound = ImmutableList.copyOf(Region.values()).stream()
        .filter(r -> landscape.bindingRalf(r, date).isEmpty())
        .map(r -> name(r, date))
        .collect(ImmutableList.toImmutableList());
    s.append("\nRegions no RALF binds on ").append(date).append(": ")
        .append(unbound.isEmpty() ? "none" : String.join(", ", unbound)).append('\n');
    return s.toString();
  }

  private static void dates(StringBuilder s, String indent, Agreement a, LocalDate date) {
    s.append(indent).append("signed: ").append(a.signed().describe())
        .append("; in force from: ").append(a.inForceFrom().describe())
        .append("; status: ").append(status(a.statusOn(date))).append('\n');
    s.append(indent).append("source: ").append(a.citation().render())
        .append(a.citation().url().map(u -> " <" + u + ">").orElse("")).append('\n');
  }

  private static String status(InForce status) {
    switch (status) {
      case IN_FORCE:
        return "in force";
      case NOT_IN_FORCE:
        return "not in force";
      default:
        return "unknown";
    }
  }

  private static String name(Region region, LocalDate date) {
    return RegionNames.find(region, date).map(v -> v.value())
        .orElse(region.currentName() + " (today's name; no source for the name then)");
  }

  private static String healthcare(Region region) {
    ImmutableSet<HealthcareRegion> hs = HealthcareRegion.of(region);
    return hs.stream().map(h -> h.commonName() + h.partialMembership(region)
            .map(p -> " (" + String.join(", ", p.municipalities()) + ")").orElse(""))
        .collect(Collectors.joining(" and "));
  }
}
