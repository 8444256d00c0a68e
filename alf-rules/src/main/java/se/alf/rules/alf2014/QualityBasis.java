package se.alf.rules.alf2014;

/**
 * What the quality share of research ALF is distributed by under the 2014 agreement.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum QualityBasis {
  /** 2015: no quality share; fixed keys only. */
  NONE,
  /** 2016–2018: a bibliometric model. */
  BIBLIOMETRIC,
  /** From 2019: Vetenskapsrådet's evaluation (three panels, grades A/B/C). */
  EVALUATION
}
