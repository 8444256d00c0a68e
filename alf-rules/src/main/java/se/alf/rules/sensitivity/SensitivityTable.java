package se.alf.rules.sensitivity;

import java.util.Locale;
import se.alf.rules.Line;
import se.alf.rules.report.Table;
import se.alf.rules.report.Texts;

/** Writes a {@link Sensitivity} as a {@link Table}, through the one way alf writes values. */
final class SensitivityTable {

  private SensitivityTable() {}

  /** Returns e.g. {@code "research base"} for {@link Line#RESEARCH_BASE}. */
  static String lineName(Line line) {
    return line.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static Table of(Sensitivity s) {
    Table t = Table.aligned("RLLLLLRRRLL", "#", "Input", "Basis", "Base", "Low", "High",
        "Line at low", "Line at high", "Swing", "Status", "Reason");
    int n = 0;
    for (SensitivityRow r : s.rows()) {
      t.row(Integer.toString(++n), r.label(), r.basis().name().toLowerCase(Locale.ROOT),
          Variations.text(r.base()), Variations.text(r.low()), Variations.text(r.high()),
          Texts.money(r.lineAtLow()), Texts.money(r.lineAtHigh()), Texts.money(r.swing()),
          r.status().name(), r.reason());
    }
    return t;
  }
}
