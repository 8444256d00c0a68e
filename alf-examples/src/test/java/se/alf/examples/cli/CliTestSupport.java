package se.alf.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs {@code alf} in-process and keeps what it wrote. */
abstract class CliTestSupport {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;

  int run(String... args) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** What was written to the output stream, line ends as written. */
  String rawOut() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }
}
