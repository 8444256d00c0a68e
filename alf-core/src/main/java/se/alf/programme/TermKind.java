package se.alf.programme;

/**
 * What a term (termin) of the medical programme mainly consists of, as Region Västerbotten's
 * response § 6.1.2 (seed file {@code 000_13ed2d48ae91e5ee.txt}) describes the programme.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum TermKind {
  /** A term mainly in the preclinical disciplines (prekliniska ämnesdiscipliner). */
  PRECLINICAL,
  /** The term of the scientific degree project (vetenskapligt arbete, examensarbete). */
  DEGREE_PROJECT,
  /** A term with most of its time in clinical training (klinisk träning, VFU/VIL). */
  CLINICAL
}
