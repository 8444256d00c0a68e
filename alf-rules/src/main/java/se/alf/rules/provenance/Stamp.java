package se.alf.rules.provenance;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.alf.rules.explain.ParameterRead;

/**
 * What produced a result: the version of alf, the ids of the rule sets, and a SHA-256 of the
 * parameters and inputs the result read, with the result's {@link Provenance} score. The same
 * rule sets, years and values read give the same hash in every run and JVM; a changed value, rule
 * set or year gives a different one. The version is not hashed: the same inputs under two
 * versions give the same hash, so a changed figure with an unchanged hash points to the code.
 *
 * <p>The hash is of a canonical text ({@link Builder#canonicalText()}), UTF-8, one line per item,
 * each ending in a line feed, fields separated by a tab: first {@code alf-stamp 1}, then one
 * {@code rule-set ID} line per rule set in the result's order (a comparison: left, then right),
 * then, sorted and each once, a {@code year YYYY} line per year computed, a {@code read} line per
 * value read (key id with its region, first date, first date after or {@code open}, value: kronor
 * in öre, full-year students as an exact ratio) and an {@code input} line per other input (a
 * research project classified, a published actual compared with). Sorting makes the text
 * independent of the order in which the values were read.
 *
 * <pre>{@code
 * Stamp s = RuleSets.proposal2024().allocate(Scenarios.published(), Year.of(2027)).stamp();
 * s.line();   // Stamp: alf 0.1.0 · pm-2024 · sha256 3f0c…
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param libraryVersion the version of alf that computed the result, or {@link #UNKNOWN_VERSION}
 * @param ruleSetIds the ids of the rule sets, in the result's order
 * @param sha256 the SHA-256 of the canonical text, 64 lower-case hex digits
 * @param provenance the values read, counted by basis
 * @since 0.1
 */
public record Stamp(String libraryVersion, ImmutableList<String> ruleSetIds, String sha256,
    Provenance provenance) {

  /** What {@link #libraryVersion()} says when no version is found: never blank. */
  public static final String UNKNOWN_VERSION = "unknown";

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /** The version, read once. */
  private static final String VERSION = readVersion();

  /**
   * Checks the fields.
   *
   * @param libraryVersion the version of alf, not blank
   * @param ruleSetIds at least one rule set id
   * @param sha256 64 lower-case hex digits
   * @param provenance the counts
   */
  public Stamp {
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(ruleSetIds, "ruleSetIds");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(provenance, "provenance");
    if (libraryVersion.isBlank()) {
      throw new IllegalArgumentException("stamp: libraryVersion must not be blank; say '"
          + UNKNOWN_VERSION + "'");
    }
    if (ruleSetIds.isEmpty()) {
      throw new IllegalArgumentException("stamp: ruleSetIds must name at least one rule set");
    }
    if (!HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException("stamp: sha256 must be 64 lower-case hex digits, was '"
          + sha256 + "'");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the version of alf on the class or module path: the {@code Implementation-Version}
   * of the alf-rules jar's manifest, else the version Maven wrote into the classes at build time,
   * else {@link #UNKNOWN_VERSION}} A manifest of another jar (alf-rules merged into an
   * application's jar) is not taken for alf's.
   */
  public static String alfVersion() {
    return VERSION;
  }

  private static String readVersion() {
    Package p = Stamp.class.getPackage();
    if (p != null && "alf-rules".equals(p.getImplementationTitle())
        && p.getImplementationVersion() != null && !p.getImplementationVersion().isBlank()) {
      return p.getImplementationVersion();
    }
    try (InputStream in = Stamp.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties props = new Properties();
        props.load(in);
        String v = props.getProperty("version", "");
        if (!v.isBlank() && !v.startsWith("${")) {
          return v.strip();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stamp: cannot read alf's version.properties", e);
    }
    return UNKNOWN_VERSION;
  }

  /**
   * {@return the stamp as one line, e.g. {@code Stamp: alf 0.1.0 · alf-2014, pm-2024 · sha256
   * 1a2b…} (the hash in full); an unknown version reads {@code alf version unknown}}
   */
  public String line() {
    String version = libraryVersion.equals(UNKNOWN_VERSION) ? "version " + UNKNOWN_VERSION
        : libraryVersion;
    return "Stamp: alf " + version + " · " + String.join(", ", ruleSetIds) + " · sha256 "
        + sha256;
  }

  /** {@return the footer of a rendering: {@link #line()}, then the {@link Provenance#score()}} */
  public ImmutableList<String> lines() {
    return ImmutableList.of(line(), provenance.score());
  }

  /**
   * Collects what a result read and builds its {@link Stamp}; each call adds. Mutable and not
   * thread-safe: build a stamp on one thread.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final List<String> ruleSets = new ArrayList<>();
    private final TreeSet<String> body = new TreeSet<>();
    private final List<ParameterRead> reads = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a rule set, after those added before.
     *
     * @param id the rule set's id
     * @return this builder
     */
    public Builder ruleSet(String id) {
      ruleSets.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /**
     * Adds a year the result computes.
     *
     * @param year the year
     * @return this builder
     */
    public Builder year(Year year) {
      body.add("year\t" + Objects.requireNonNull(year, "year"));
      return this;
    }

    /**
     * Adds every year from {@code from} to {@code to}, inclusive.
     *
     * @param from the first year
     * @param to the last year
     * @return this builder
     */
    public Builder years(Year from, Year to) {
      Objects.requireNonNull(to, "to");
      for (Year y = Objects.requireNonNull(from, "from"); !y.isAfter(to); y = y.plusYears(1)) {
        year(y);
      }
      return this;
    }

    /**
     * Adds the values read; each key id, date range and value counts once.
     *
     * @param values the values read
     * @return this builder
     */
    public Builder reads(Iterable<ParameterRead> values) {
      for (ParameterRead r : Objects.requireNonNull(values, "values")) {
        body.add(Canonical.read(Objects.requireNonNull(r, "values: an element")));
        reads.add(r);
      }
      return this;
    }

    /**
     * Adds an input that is not a parameter, e.g. a research project classified: its kind and
     * fields, each written canonically (a set sorted, kronor in öre).
     *
     * @param kind what the input is, e.g. {@code project}
     * @param fields its fields
     * @return this builder
     */
    public Builder input(String kind, Object... fields) {
      StringBuilder s = new StringBuilder("input\t").append(Canonical.escape(kind));
      for (Object f : fields) {
        s.append('\t').append(Canonical.value(Objects.requireNonNull(f, "a field of " + kind)));
      }
      body.add(s.toString());
      return this;
    }

    /** {@return the text the hash is of (see {@link Stamp})} */
    public String canonicalText() {
      StringBuilder s = new StringBuilder("alf-stamp 1\n");
      ruleSets.forEach(id -> s.append("rule-set\t").append(Canonical.escape(id)).append('\n'));
      body.forEach(line -> s.append(line).append('\n'));
      return s.toString();
    }

    /**
     * {@return the stamp}
     *
     * @throws IllegalArgumentException if no rule set was added
     */
    public Stamp build() {
      return new Stamp(VERSION, ImmutableList.copyOf(ruleSets), sha256(canonicalText()),
          Provenance.of(reads));
    }
  }

  /** Returns the SHA-256 of {@code text} in UTF-8, as 64 lower-case hex digits. */
  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
