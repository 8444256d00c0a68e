package se.alf.source;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule, a parameter or a datum comes from: a document, a section of it, and where to read
 * it (a URL or one of the project's seed files).
 *
 * <p>Rendered as the short form people write, e.g. {@code "ALF 2014 § 9"} or
 * {@code "PM U2024/01035 6.1.2 [seed 000_13ed2d48ae91e5ee.txt]"}. The Swedish term for what a
 * citation points at is <i>källa</i>; a legal paragraph is a <i>paragraf</i> (§).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Citation extends WithCitation {

  /** The document, as people name it: {@code "ALF 2014"}, {@code "PM U2024/01035"}. */
  String document();

  /** The section, paragraph or table in the document: {@code "§ 9"}, {@code "6.1.2"}. */
  Optional<String> section();

  /** A public address of the document or of the page that quotes it. */
  Optional<String> url();

  /** The seed file under {@code shared/seeds/} that holds or restates the text. */
  Optional<String> seedFile();

  /** A short note: what the source says, or how a figure was read from it. */
  Optional<String> note();

  /** Returns {@code document section}. */
  static Citation of(String document, String section) {
    return builder().document(document).section(section).build();
  }

  /** Returns a citation of the 2014 agreement, e.g. {@code alf2014("§ 7")}. */
  static Citation alf2014(String section) {
    return of(Sources.ALF_2014, section);
  }

  /**
   * Returns a citation of the memorandum U2024/01035 as Region Västerbotten's response restates it
   * (seed {@code 000}), which follows the memorandum's own section numbers.
   */
  static Citation pm2024(String section) {
    return builder().document(Sources.PM_2024).section(section)
        .seedFile(Sources.SEED_VASTERBOTTEN_RESPONSE).build();
  }

  /** Returns a citation of a seed file: {@code seed("001_5fd3045e73aeef0c.txt", "slide 1")}. */
  static Citation seed(String seedFile, String section) {
    return builder().document("seed " + seedFile).section(section).seedFile(seedFile).build();
  }

  /** Returns a citation of a public web page. */
  static Citation web(String document, String url) {
    return builder().document(document).url(url).build();
  }

  /** Returns the short form, e.g. {@code "ALF 2014 § 9"}. */
  default String render() {
    StringBuilder s = new StringBuilder(document());
    section().ifPresent(x -> s.append(' ').append(x));
    if (seedFile().isPresent() && !document().startsWith("seed ")) {
      s.append(" [seed ").append(seedFile().get()).append(']');
    }
    return s.toString();
  }

  @Value.Check
  default void check() {
    checkArgument(!document().isBlank(), "citation document must not be blank");
    section().ifPresent(s -> checkArgument(!s.isBlank(),
        "citation section of %s must not be blank when given", document()));
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citation}; {@code document} is required. */
  final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }
}
