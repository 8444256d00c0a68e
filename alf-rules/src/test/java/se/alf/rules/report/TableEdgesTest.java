package se.alf.rules.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The table writer and CSV cells at their edges. */
class TableEdgesTest {

  @Test
  void csvQuotesACellThatStartsWithACommaQuoteOrLineBreak() {
    // RFC 4180: a field holding a comma, a quote or a line break is quoted, wherever it is.
    assertEquals("\",a\"", Csv.cell(",a"));
    assertEquals("\"\"\"a\"", Csv.cell("\"a"));
    assertEquals("\"\na\"", Csv.cell("\na"));
    assertEquals("a", Csv.cell("a"));
  }

  @Test
  void rowsMustMatchTheHeaderAndWidthsTakeTheLongerList() {
    Table t = new Table("Region", "Total>");
    assertTrue(t.isEmpty());
    assertEquals("row has 1 cells, header 2", assertThrows(IllegalArgumentException.class,
        () -> t.row("only one")).getMessage());
    t.row("Örebro", "1,00 kr");
    assertFalse(t.isEmpty());
    // Column by column the larger width; a missing column counts as 0.
    assertArrayEquals(new int[] {5, 7}, Table.max(new int[] {5}, new int[] {2, 7}));
    assertArrayEquals(new int[] {5, 7}, Table.max(new int[] {2, 7}, new int[] {5}));
  }
}
