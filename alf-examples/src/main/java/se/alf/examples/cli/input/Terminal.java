package se.alf.examples.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Keeps text from files and arguments from controlling the terminal: {@link #safe} writes every
 * control character (C0 and C1, DEL, the line and paragraph separators and the bidirectional
 * overrides) except a line feed, a tab and the carriage return of a CRLF line end as a visible
 * {@code \}{@code uXXXX} escape. Every output of {@code alf} passes through it ({@link #guard}).
 */
final class Terminal {

  private Terminal() {}

  /** Returns {@code s} with its control characters escaped; {@code "null"} for null. */
  static String safe(String s) {
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
  static String quote(String s) {
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
   * Returns a stream that writes {@link #safe safe} text to {@code out}: every {@code print} and
   * {@code println} of text or objects, and {@code append}.
   */
  static PrintStream guard(PrintStream out) {
    Objects.requireNonNull(out, "out");
    return out instanceof Guarded ? out : new Guarded(out);
  }

  private static final class Guarded extends PrintStream {
    private final PrintStream out;

    Guarded(PrintStream out) {
      super(out, true, StandardCharsets.UTF_8);
      this.out = out;
    }

    @Override
    public void print(String s) {
      out.print(safe(s));
    }

    @Override
    public void print(Object o) {
      out.print(safe(String.valueOf(o)));
    }

    @Override
    public void print(char c) {
      out.print(safe(String.valueOf(c)));
    }

    @Override
    public void print(char[] s) {
      out.print(safe(new String(s)));
    }

    @Override
    public void println() {
      out.println();
    }

    @Override
    public void println(String s) {
      out.println(safe(s));
    }

    @Override
    public void println(Object o) {
      out.println(safe(String.valueOf(o)));
    }

    @Override
    public void println(char[] s) {
      out.println(safe(new String(s)));
    }

    @Override
    public PrintStream append(CharSequence s) {
      out.print(safe(String.valueOf(s)));
      return this;
    }

    @Override
    public PrintStream append(char c) {
      print(c);
      return this;
    }

    @Override
    public PrintStream printf(String format, Object... args) {
      out.print(safe(String.format(format, args)));
      return this;
    }

    @Override
    public void flush() {
      out.flush();
    }
  }
}
