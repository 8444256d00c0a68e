package se.alf.party;

/**
 * A university (universitet, lärosäte) with a medical programme (läkarprogram): the seven that are
 * party to ALF through their regional agreements.
 *
 * <p>Source: the ALF regions as listed by Vetenskapsrådet
 * (https://www.vr.se/uppdrag/klinisk-forskning/klinisk-forskning-inom-alf-avtalet.html).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum University {
  /** Karolinska institutet (KI). */
  KAROLINSKA_INSTITUTET("Karolinska institutet", "KI"),
  /** Göteborgs universitet (GU). */
  GOTEBORG("Göteborgs universitet", "GU"),
  /** Lunds universitet (LU). */
  LUND("Lunds universitet", "LU"),
  /** Uppsala universitet (UU). */
  UPPSALA("Uppsala universitet", "UU"),
  /** Umeå universitet (UmU). */
  UMEA("Umeå universitet", "UmU"),
  /** Linköpings universitet (LiU). */
  LINKOPING("Linköpings universitet", "LiU"),
  /** Örebro universitet (ORU). */
  OREBRO("Örebro universitet", "ORU");

  private final String swedishName;
  private final String abbreviation;

  University(String swedishName, String abbreviation) {
    this.swedishName = swedishName;
    this.abbreviation = abbreviation;
  }

  /** {@return the name in Swedish, e.g. {@code "Linköpings universitet"}} */
  public String swedishName() {
    return swedishName;
  }

  /** {@return the usual abbreviation, e.g. {@code "LiU"}} */
  public String abbreviation() {
    return abbreviation;
  }

  @Override
  public String toString() {
    return swedishName;
  }
}
