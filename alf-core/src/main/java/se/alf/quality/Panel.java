package se.alf.quality;

import se.alf.number.Ratio;
import se.alf.source.Citation;

/**
 * A panel (panel, bedömningsgrupp) of the ALF quality evaluation, with its weight in the
 * distribution of the quality share (Lund University's news of 2018-03-28,
 * https://www.med.lu.se/nyheter/180328_kliniskforskning). The weights add up to 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Panel {
  /**
   * Panel 1: the quality of the scientific production (den vetenskapliga produktionens
   * kvalitet), 50 %.
   */
  SCIENTIFIC_QUALITY(1, Ratio.of(1, 2), "den vetenskapliga produktionens kvalitet"),
  /**
   * Panel 2: the clinical significance and societal benefit of the research (forskningens kliniska
   * betydelse och samhällsnytta), 25 %.
   */
  CLINICAL_SIGNIFICANCE(2, Ratio.of(1, 4), "forskningens kliniska betydelse och samhällsnytta"),
  /** Panel 3: the prerequisites of the research (forskningens förutsättningar), 25 %. */
  PREREQUISITES(3, Ratio.of(1, 4), "forskningens förutsättningar");

  private static final String LU_2018 = "https://www.med.lu.se/nyheter/180328_kliniskforskning";

  private final int number;
  private final Ratio weight;
  private final String swedishName;
  private final Citation citation;

  Panel(int number, Ratio weight, String swedishName) {
    this.number = number;
    this.weight = weight;
    this.swedishName = swedishName;
    this.citation = Citation.builder()
        .document("Lunds universitet, nyhet 2018-03-28")
        .url(LU_2018)
        .note("Panel " + number + ": " + swedishName + ", weight " + weight)
        .build();
  }

  /** {@return the panel's number, 1 to 3} */
  public int number() {
    return number;
  }

  /** {@return the weight: 1/2, 1/4 or 1/4} */
  public Ratio weight() {
    return weight;
  }

  /** {@return the Swedish name, e.g. {@code "forskningens förutsättningar"}} */
  public String swedishName() {
    return swedishName;
  }

  /** {@return the source of the panel and its weight} */
  public Citation citation() {
    return citation;
  }

  /**
   * {@return panel {@code number}}
   *
   * @param number the panel's number, 1 to 3
   * @throws IllegalArgumentException if {@code number} is not 1, 2 or 3
   */
  public static Panel ofNumber(int number) {
    for (Panel p : values()) {
      if (p.number == number) {
        return p;
      }
    }
    throw new IllegalArgumentException("panel number must be 1, 2 or 3, was " + number);
  }
}
