package se.alf.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import se.alf.examples.cli.input.Names;
import se.alf.party.AlfRegion;
import se.alf.rules.param.RegionKey;

/**
 * {@code -r, --region REGION}, repeatable, of {@code allocate} and {@code compare}: the regions
 * whose lines are shown; national totals are always of all seven.
 */
final class RegionOption {

  @Option(names = {"-r", "--region"}, paramLabel = "REGION", completionCandidates = Ids.class,
      description = "show only this ALF region's lines (repeatable; ${COMPLETION-CANDIDATES},"
          + " or the region's name: Örebro, \"Västra Götaland\", in any case, with or without"
          + " Swedish letters); national totals stay those of all seven regions")
  private List<String> regions = new ArrayList<>();

  /** Returns the regions given, in {@link AlfRegion} order; every region if none was. */
  Set<AlfRegion> regions() {
    Set<AlfRegion> set = EnumSet.noneOf(AlfRegion.class);
    regions.forEach(r -> set.add(Names.region("--region", r)));
    return set.isEmpty() ? EnumSet.allOf(AlfRegion.class) : set;
  }

  /** Returns whether {@code --region} was given. */
  boolean given() {
    return !regions.isEmpty();
  }

  /** The regions' ids, for help and shell completion. */
  static final class Ids implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(AlfRegion.values()).map(RegionKey::qualifier).iterator();
    }
  }
}
