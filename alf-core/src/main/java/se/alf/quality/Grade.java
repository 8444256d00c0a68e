package se.alf.quality;

import java.util.Objects;
import se.alf.source.Citation;

/**
 * A grade (omdöme, betyg) of one panel of the ALF quality evaluation, on the three-step scale:
 * A = mycket hög kvalitet, B = god–hög kvalitet, C = undermålig kvalitet (Karolinska institutet,
 * https://ki.se/samverkan/alf-utvarderingen, and Lund University's news of 2018-03-28; the 2024
 * proposal keeps the scale, PM U2024/01035
 * § 7.10). Declared best first.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Grade {
  /** A: very high quality (mycket hög kvalitet). */
  MYCKET_HOG("A", "mycket hög kvalitet"),
  /** B: good to high quality (god–hög kvalitet). */
  GOD_HOG("B", "god–hög kvalitet"),
  /** C: inadequate quality (undermålig kvalitet). */
  UNDERMALIG("C", "undermålig kvalitet");

  private static final Citation CITATION = Citation.builder()
      .document("KI, ALF-utvärderingen")
      .url("https://ki.se/samverkan/alf-utvarderingen")
      .note("A = mycket hög kvalitet, B = god–hög kvalitet, C = undermålig kvalitet "
          + "(also Lunds universitet, nyhet 2018-03-28, "
          + "https://www.med.lu.se/nyheter/180328_kliniskforskning)")
      .build();

  private final String letter;
  private final String swedishName;

  Grade(String letter, String swedishName) {
    this.letter = letter;
    this.swedishName = swedishName;
  }

  /** {@return the letter: {@code "A"}, {@code "B"} or {@code "C"}} */
  public String letter() {
    return letter;
  }

  /** {@return the Swedish name, e.g. {@code "god–hög kvalitet"}} */
  public String swedishName() {
    return swedishName;
  }

  /** {@return the source of the scale} */
  public Citation citation() {
    return CITATION;
  }

  /**
   * {@return the grade of {@code letter}: {@code "A"}, {@code "B"} or {@code "C"}, in either case,
   * surrounding spaces ignored}
   *
   * @param letter the letter as written
   * @throws IllegalArgumentException if {@code letter} is none of these
   */
  public static Grade ofLetter(String letter) {
    Objects.requireNonNull(letter, "letter");
    for (Grade g : values()) {
      if (g.letter.equalsIgnoreCase(letter.trim())) {
        return g;
      }
    }
    throw new IllegalArgumentException(
        "grade letter must be A, B or C, was '" + letter + "'");
  }
}
