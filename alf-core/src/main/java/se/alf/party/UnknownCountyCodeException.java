package se.alf.party;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Thrown for a county code (länskod) that no Swedish region has.
 *
 * <p>Its own fields are final and immutable.
 *
 * @since 0.1
 */
public final class UnknownCountyCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The county code that is not known, as given. */
  private final String code;

  UnknownCountyCodeException(String code) {
    super("countyCode '" + code + "' is not the county code of a Swedish region; the codes are "
        + Arrays.stream(Region.values()).map(Region::countyCode).collect(Collectors.joining(", ")));
    this.code = code;
  }

  /** {@return the code that was asked for} */
  public String code() {
    return code;
  }
}
