package se.alf.source;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * Where a rule, a parameter or a datum comes from: a document, a section of it, and where to read
 * it (a URL, or one of the {@linkplain Document documents} the library lists with publisher, title
 * and date).
 *
 * <p>{@link #render()} gives the short form for tables, e.g. {@code "ALF 2014 § 9"} or
 * {@code "PM U2024/01035 6.1.2 (Region Västerbotten, remissvar)"} (the memorandum as the response
 * restates it); {@link #reference()} gives the full reference. The Swedish term for what a citation
 * points at is <i>källa</i>; a legal paragraph is a <i>paragraf</i> (§).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public interface Citation extends WithCitation {

  /**
   * {@return the document, as people name it: {@code "ALF 2014"}, {@code "PM U2024/01035"}, a web
   * page's
   * publisher and title; for a listed document its {@linkplain Document#shortName() short name}}
   */
  String document();

  /** {@return the section, paragraph or table in the document: {@code "§ 9"}, {@code "6.1.2"}} */
  Optional<String> section();

  /** {@return a public address of the document or of the page that quotes it} */
  Optional<String> url();

  /**
   * {@return the seed file of the {@linkplain Document listed document} that holds or restates the
   * text: a
   * secondary locator, never rendered; {@link #documents()} names the document}
   */
  Optional<String> seedFile();

  /** {@return a short note: what the source says, or how a figure was read from it} */
  Optional<String> note();

  /**
   * {@return {@code document section}}
   *
   * @param document the document as people name it
   * @param section the section, e.g. {@code "§ 7"}
   */
  static Citation of(String document, String section) {
    return builder().document(document).section(section).build();
  }

  /**
   * {@return a citation of the 2014 agreement, e.g. {@code alf2014("§ 7")}}
   *
   * @param section the section, e.g. {@code "§ 7"}
   */
  static Citation alf2014(String section) {
    return of(Sources.ALF_2014, section);
  }

  /**
   * {@return a citation of a section of a listed document: {@code of(Document.PM_2024, "7.2")}}
   *
   * @param document the listed document
   * @param section the section
   */
  static Citation of(Document document, String section) {
    requireNonNull(document, "document");
    return builder().document(document.shortName()).section(section)
        .seedFile(document.seedFile()).build();
  }

  /**
   * {@return a citation of the memorandum U2024/01035 as Region Västerbotten's response
   * ({@link Document#VASTERBOTTEN_RESPONSE}) restates it, which follows the memorandum's own
   * section numbers}
   *
   * @param section the memorandum's section, e.g. {@code "7.2"}
   */
  static Citation pm2024(String section) {
    return builder().document(Sources.PM_2024).section(section)
        .seedFile(Sources.SEED_VASTERBOTTEN_RESPONSE).build();
  }

  /**
   * {@return a citation of the listed document held in a seed file, e.g.
   * {@code seed(Sources.SEED_SOUTH_EAST_SLIDES, "slide 1")} renders as
   * {@code "LiU–Region Östergötland slides, slide 1"}}
   *
   * @param seedFile the seed file's name
   * @param section the section, slide or page
   * @throws IllegalArgumentException if no {@link Document} has that seed file
   */
  static Citation seed(String seedFile, String section) {
    requireNonNull(seedFile, "seedFile");
    requireNonNull(section, "section");
    Document d = Document.bySeedFile(seedFile).orElseThrow(() -> new IllegalArgumentException(
        "citation seed file '" + seedFile + "' is not one of the listed documents"));
    return of(d, section);
  }

  /**
   * {@return a citation of a public web page}
   *
   * @param document the page's title or publisher
   * @param url the page's address
   */
  static Citation web(String document, String url) {
    return builder().document(document).url(url).build();
  }

  /**
   * {@return the short form for tables: the document, the section, and in brackets the listed
   * document that restates it when that is another one, e.g. {@code "ALF 2014 § 9"},
   * {@code "LiU–Region Östergötland slides, slide 1"} or
   * {@code "PM U2024/01035 6.1.2 (Region Västerbotten, remissvar)"}} Neither the address nor the
   * seed file is part of it. Computed once per citation (explanations render it often).
   */
  @Value.Lazy
  default String render() {
    StringBuilder s = new StringBuilder(document());
    // a listed document named in prose takes a comma before its section: "…slides, slide 1"
    String before = Document.byShortName(document()).flatMap(Document::seedFile).isPresent()
        ? ", " : " ";
    section().ifPresent(x -> s.append(before).append(x));
    seedFile().flatMap(Document::bySeedFile)
        .filter(d -> !d.shortName().equals(document()))
        .ifPresent(d -> s.append(" (").append(d.shortName()).append(')'));
    return s.toString();
  }

  /**
   * {@return the listed documents this citation rests on: the document it names, then the one that
   * restates it (by {@link #seedFile()}); empty for a web page or an assumption}
   */
  default ImmutableList<Document> documents() {
    return Stream.concat(Document.byShortName(document()).stream(),
            seedFile().flatMap(Document::bySeedFile).stream())
        .distinct().collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the full reference: the {@linkplain #render() short form}, the address, and the full
   * {@linkplain Document#reference() reference} of each listed document it rests on, e.g.
   * {@code "PM U2024/01035 7.2 (Region Västerbotten, remissvar) — Regeringskansliet; …"}}
   */
  default String reference() {
    StringBuilder s = new StringBuilder(render());
    url().ifPresent(u -> s.append(" <").append(u).append('>'));
    ImmutableList<Document> docs = documents();
    if (!docs.isEmpty()) {
      s.append(" — ").append(docs.stream().map(Document::reference)
          .collect(Collectors.joining("; ")));
    }
    return s.toString();
  }

  /**
   * Checks this value's invariants; Immutables calls it whenever a value is built or copied, so no
   * instance breaks them. Not for callers.
   */
  @Value.Check
  default void check() {
    checkArgument(!document().isBlank(), "citation document must not be blank");
    section().ifPresent(s -> checkArgument(!s.isBlank(),
        "citation section of %s must not be blank when given", document()));
    seedFile().ifPresent(f -> checkArgument(Document.bySeedFile(f).isPresent(),
        "citation seed file '%s' of %s is not one of the listed documents (se.alf.source.Document)",
        f, document()));
    String name = document().strip();
    checkArgument(!name.startsWith("seed ") && Document.bySeedFile(name).isEmpty()
            && !name.startsWith("facts.md"),
        "citation document '%s' is a file name, not a document: cite the se.alf.source.Document"
            + " or the page the fact comes from", document());
  }

  /** {@return a new, empty builder} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Citation}; {@code document} is required. */
  final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }
}
