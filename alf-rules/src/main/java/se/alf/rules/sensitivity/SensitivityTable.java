package se.alf.rules.sensitivity;

import java.util.Locale;
import se.alf.rules.Line;
import se.alf.rules.report.Table;
import se.alf.rules.report.Texts;
import se.alf.rules.sensitivity.SensitivityRow.Tried;

/** Writes a {@link Sensitivity} as a {@link Table}, through the one way alf writes values. */
final class SensitivityTable {

  private SensitivityTable() {}

  /** Returns e.g. {@code "research base"} for {@link Line#RESEARCH_BASE}. */
  static String lineName(Line line) {
    return line.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Returns e.g. {@code "every value"} for {@link Tried#EVERY_VALUE}. */
  static String tried(Tried t) {
    return t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The table of every row; the swing is the spread of the line over low, the value as given
   * and high ({@link SensitivityRow}).
   */
  static Table of(Sensitivity s) {
    Table t = Table.aligned("RLLLLLLRRRLL", "#", "Input", "Basis", "Tried", "Base", "Low",
        "High", "Line at low", "Line at high", "Swing", "Status", "Reason");
    int n = 0;
    for (SensitivityRow r : s.rows()) {
      t.row(Integer.toString(++n), r.label(), r.basis().name().toLowerCase(Locale.ROOT),
          tried(r.tried()), Variations.text(r.base()), Variations.text(r.low()),
          Variations.text(r.high()),
          Texts.money(r.lineAtLow()), Texts.money(r.lineAtHigh()), Texts.money(r.swing()),
          r.status().name(), r.reason());
    }
    return t;
  }
}
