package se.alf.examples.cli.input;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Keeps text from files and arguments from controlling the terminal: {@link #safe} writes every
 * control character (C0 and C1, DEL, the line and paragraph separators and the bidirectional
 * overrides) except a line feed, a tab and the carriage return of a CRLF line end as a visible
 * {@code \}{@code uXXXX} escape. Every output of {@code alf} passes through it ({@link #guard}).
 */
public final class Terminal {

  private Terminal() {}

  /** Returns {@code s} with its control characters escaped; {@code "null"} for null. */
  public static String safe(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean crlf = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
      if (isControl(c) && !crlf) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(String.format("\\u%04X", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Returns {@code s} in single quotes, its control characters escaped, for messages. */
  public static String quote(String s) {
    return "'" + safe(s) + "'";
  }

  private static boolean isControl(char c) {
    return c < 0x20 && c != '\n' && c != '\t'
        || c >= 0x7f && c <= 0x9f
        || c == '\u2028' || c == '\u2029'
        || c >= '\u202a' && c <= '\u202e'
        || c >= '\u2066' && c <= '\u2069'
        || c == '\u200e' || c == '\u200f' || c == '\u061c';
  }

  /**
   * Returns a stream that writes {@link #safe safe} text to {@code out} in UTF-8, whatever the
   * charset of {@code out} or the platform: every {@code print} and {@code println} of text or
   * objects, {@code append} and {@code printf} is encoded here and reaches {@code out} as bytes.
   * Bytes written as bytes ({@code write}) pass unchanged.
   */
  public static PrintStream guard(PrintStream out) {
    Objects.requireNonNull(out, "out");
    return out instanceof Guarded ? out : new Guarded(out);
  }

  private static final class Guarded extends PrintStream {

    Guarded(PrintStream out) {
      super(out, true, StandardCharsets.UTF_8);
    }

    /** Writes {@code s}, made safe, as UTF-8 bytes. */
    private void utf8(String s) {
      byte[] b = safe(s).getBytes(StandardCharsets.UTF_8);
      write(b, 0, b.length);
    }

    @Override
    public void print(String s) {
      utf8(s);
    }

    @Override
    public void print(Object o) {
      utf8(String.valueOf(o));
    }

    @Override
    public void print(char c) {
      utf8(String.valueOf(c));
    }

    @Override
    public void print(char[] s) {
      utf8(new String(s));
    }

    @Override
    public void println() {
      utf8(System.lineSeparator());
    }

    @Override
    public void println(String s) {
      utf8(s + System.lineSeparator());
    }

    @Override
    public void println(Object o) {
      println(String.valueOf(o));
    }

    @Override
    public void println(char[] s) {
      println(new String(s));
    }

    @Override
    public PrintStream append(CharSequence s) {
      utf8(String.valueOf(s));
      return this;
    }

    @Override
    public PrintStream append(char c) {
      print(c);
      return this;
    }

    @Override
    public PrintStream printf(String format, Object... args) {
      utf8(String.format(format, args));
      return this;
    }
  }
}
