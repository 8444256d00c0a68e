package se.alf.examples.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads the files the options name ({@code --scenario}, {@code --reform}, {@code --file}) safely:
 * only a regular file (not a directory, a device such as {@code /dev/zero} or a FIFO, which could
 * block for ever), of at most {@value #MAX_BYTES} bytes (checked before reading, and again while
 * reading), in UTF-8.
 */
public final class InputFiles {

  /** The largest input file alf reads: 1 MiB, far more than any scenario or reform needs. */
  public static final int MAX_BYTES = 1 << 20;

  private InputFiles() {}

  /**
   * Returns the path {@code file} names, given as {@code option}, to read or to write.
   *
   * @throws UsageException for an empty name or one that is not a valid path here
   */
  public static Path path(String option, String file) {
    if (file.isEmpty()) {
      throw new UsageException(option + " '': the file name is empty");
    }
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      throw new UsageException(option + " " + Terminal.quote(file) + ": not a valid file name ("
          + e.getReason() + ")");
    }
  }

  /**
   * Returns the text of {@code file}, given as {@code option}.
   *
   * @throws UsageException naming the option, the file and the rule it breaks
   */
  public static String read(String option, String file) {
    String at = option + " " + Terminal.quote(file) + ": ";
    Path path = path(option, file);
    if (!Files.exists(path)) {
      throw new UsageException(at + "no such file");
    }
    if (!Files.isRegularFile(path)) {
      throw new UsageException(at + "not a regular file (a directory, device or pipe);"
          + " give a JSON file");
    }
    try {
      if (Files.size(path) > MAX_BYTES) {
        throw new UsageException(at + "the file has " + Files.size(path) + " bytes; at most "
            + MAX_BYTES + " (1 MiB) are read");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        throw new UsageException(at + "the file has more than " + MAX_BYTES + " bytes; at most "
            + MAX_BYTES + " (1 MiB) are read");
      }
      if (bytes.length == 0) {
        throw new UsageException(at + "the file is empty");
      }
      try {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        throw new UsageException(at + "the file is not UTF-8 text");
      }
    } catch (IOException e) {
      throw new UsageException(at + "cannot read the file (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }
}
