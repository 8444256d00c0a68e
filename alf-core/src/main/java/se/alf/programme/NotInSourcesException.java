package se.alf.programme;

import java.util.NoSuchElementException;

/**
 * Thrown when a fact is asked for that the library's sources do not give, such as the first
 * intake of the 11-term programme. The message names the fact and what the sources do say.
 *
 * <p>Its own fields are final and immutable.
 *
 * @since 0.1
 */
public final class NotInSourcesException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  NotInSourcesException(String message) {
    super(message);
  }
}
