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
 * healthcare regions of each; then the regions no RALF binds, each with its healthcare region
 * (Halland's two with their municipalities); last, the known unknowns
 * ({@link AgreementLandscape#knownUnknowns()}), once. {@link #rows} gives the same
 * agreements as rows of a table, one per agreement, for CSV and Markdown.
 *
 * <p>A region's name is the one a source gives on the date; where none does, today's name is
 * shown marked "(today's name; no source gives the name on DATE)", in the parties of an agreement
 * as everywhere else.
 *
 * <p>Dates are shown as far as the sources know them, never guessed. This class is immutable and
 * thread-safe.
 */
public final class LandscapeReport {

  /** The header of {@link #rows}. */
  public static final ImmutableList<String> HEADER = ImmutableList.of("ALF region", "kind",
      "agreement", "title", "parties", "signed", "in force from", "status", "source");

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
    s.append("  parties: ").append(parties(national, date)).append('\n');
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
    ImmutableList<Region> unbound = ImmutableList.copyOf(Region.values()).stream()
        .filter(r -> landscape.bindingRalf(r, date).isEmpty())
        .collect(ImmutableList.toImmutableList());
    s.append("\nRegions no RALF binds on ").append(date).append(':')
        .append(unbound.isEmpty() ? " none" : "").append('\n');
    for (Region r : unbound) {
      s.append("  - ").append(name(r, date)).append("; healthcare region: ").append(healthcare(r))
          .append('\n');
    }
    ImmutableList<Agreement> unknown = landscape.knownUnknowns();
    if (!unknown.isEmpty()) {
      s.append("\nKnown unknowns (no source dates them and none describes them as current, so"
          + " whether they are in force is not known on any date):\n");
      unknown.forEach(a -> s.append("  - ").append(a.id()).append('\n'));
    }
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

  /**
   * Returns the rows of the landscape on {@code date}, one per agreement: first the national
   * agreement (no ALF region), then per ALF region its RALF (or a row saying none is known) and
   * its affiliation agreements. Each row is: ALF region, kind, agreement id, title, parties (by
   * their names on {@code date}), signed, in force from, status on {@code date}, source.
   */
  public ImmutableList<ImmutableList<String>> rows(LocalDate date) {
    Objects.requireNonNull(date, "date");
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    rows.add(row("", "national", landscape.national(), date));
    for (AlfRegion alf : AlfRegion.values()) {
      Optional<Agreement> ralf = landscape.regionalAgreement(alf);
      if (ralf.isEmpty()) {
        rows.add(ImmutableList.of(alf.displayName(), "RALF", "", "none known",
            name(alf.region(), date) + ", " + alf.university().swedishName(), "", "", "", ""));
        continue;
      }
      rows.add(row(alf.displayName(), "RALF", ralf.get(), date));
      for (Agreement a : landscape.affiliations(alf)) {
        rows.add(row(alf.displayName(), "affiliation", a, date));
      }
    }
    return rows.build();
  }

  private ImmutableList<String> row(String alfRegion, String kind, Agreement a, LocalDate date) {
    return ImmutableList.of(alfRegion, kind, a.id(), a.title(), parties(a, date),
        a.signed().describe(), a.inForceFrom().describe(), status(a.statusOn(date)),
        a.citation().render() + a.citation().url().map(u -> " <" + u + ">").orElse(""));
  }

  /** The parties of {@code a} by their names on {@code date}, marked where a source lacks one. */
  private static String parties(Agreement a, LocalDate date) {
    return a.parties().stream()
        .map(p -> p.findNameOn(date).orElseGet(() -> todaysName(p.currentName(), date)))
        .collect(Collectors.joining(", "));
  }

  private static String name(Region region, LocalDate date) {
    return RegionNames.find(region, date).map(v -> v.value())
        .orElseGet(() -> todaysName(region.currentName(), date));
  }

  /** Marks {@code name} as today's name, shown because no source gives the name on the date. */
  static String todaysName(String name, LocalDate date) {
    return name + " (today's name; no source gives the name on " + date + ")";
  }

  private static String healthcare(Region region) {
    ImmutableSet<HealthcareRegion> hs = HealthcareRegion.of(region);
    return hs.stream().map(h -> h.commonName() + h.partialMembership(region)
            .map(p -> " (" + String.join(", ", p.municipalities()) + ")").orElse(""))
        .collect(Collectors.joining(" and "));
  }
}
