package se.alf.rules.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvDialect}: {@code excel-sv} is what Excel in a Swedish locale opens by a double click
 * (';', a decimal comma, UTF-8 with a byte order mark, CRLF); {@code rfc4180} is unchanged.
 */
class CsvDialectTest {

  private static Table table() {
    return new Table("region", "amount_sek", "note")
        .row("Örebro", "1234.56", "a;b")
        .row("Skåne", "-1234.56", "say \"hi\"")
        .row("all", "2024", "=SUM(A1:A2)")
        .row("x", "-9600.5", "1,5 and 2.5");
  }

  @Test
  void excelSvStartsWithTheByteOrderMarkAndWritesSemicolonsDecimalCommasAndCrlf() {
    String csv = table().csv(CsvDialect.EXCEL_SV);
    byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(bytes, 3));
    assertEquals("\uFEFFregion;amount_sek;note\r\n"
        // a plain decimal gets a comma; a cell holding ';' is quoted
        + "Örebro;1234,56;\"a;b\"\r\n"
        // a negative number stays a number (no formula guard); quotes doubled inside quotes
        + "Skåne;-1234,56;\"say \"\"hi\"\"\"\r\n"
        // a whole number is as it is; a formula is neutralised with '
        + "all;2024;'=SUM(A1:A2)\r\n"
        // text that is not a plain number keeps its point; its comma needs no quotes here
        + "x;-9600,5;1,5 and 2.5\r\n", csv);
  }

  @Test
  void rfc4180IsWhatItWas() {
    assertEquals("region,amount_sek,note\r\n"
        + "Örebro,1234.56,a;b\r\n"
        + "Skåne,-1234.56,\"say \"\"hi\"\"\"\r\n"
        + "all,2024,'=SUM(A1:A2)\r\n"
        + "x,-9600.5,\"1,5 and 2.5\"\r\n", table().csv(CsvDialect.RFC4180));
    assertEquals(table().csv(), table().csv(CsvDialect.RFC4180));
    assertEquals(table().render(Format.CSV), table().csv(CsvDialect.RFC4180));
  }

  @Test
  void bothDialectsHoldTheSameValues() {
    String rfc = table().csv(CsvDialect.RFC4180);
    String sv = table().csv(CsvDialect.EXCEL_SV);
    // Cell by cell, for the numeric column: the Swedish one is the RFC one with a comma.
    String[] rfcLines = rfc.split("\r\n");
    String[] svLines = sv.substring(1).split("\r\n");
    assertEquals(rfcLines.length, svLines.length);
    for (int i = 0; i < rfcLines.length; i++) {
      assertEquals(rfcLines[i].split(",")[1].replace('.', ','), svLines[i].split(";")[1]);
    }
  }

  @Test
  void aFormulaStartingWithAMinusIsNeutralisedInBothDialects() {
    assertEquals("'-1+2", Csv.cell("-1+2", CsvDialect.EXCEL_SV));
    assertEquals("'@cmd", Csv.cell("@cmd", CsvDialect.EXCEL_SV));
    assertEquals("'-1+2", Csv.cell("-1+2"));
    // "+1.5" is a number: a plus sign, kept, with a comma in excel-sv.
    assertEquals("+1,5", Csv.cell("+1.5", CsvDialect.EXCEL_SV));
  }

  @Test
  void aRatioIsNeverLeftForExcelToReadAsADate() {
    // Swedish Excel reads 1/5 as the 1st of May: write the exact decimal, 1/5 = 0,2 and
    // 9/125 = 72/1000 = 0,072; 1/3 has none, so it stays text behind an apostrophe.
    assertEquals("0,2", Csv.cell("1/5", CsvDialect.EXCEL_SV));
    assertEquals("0,072", Csv.cell("9/125", CsvDialect.EXCEL_SV));
    assertEquals("-0,2", Csv.cell("-1/5", CsvDialect.EXCEL_SV));
    assertEquals("'1/3", Csv.cell("1/3", CsvDialect.EXCEL_SV));
    assertEquals("'1/0", Csv.cell("1/0", CsvDialect.EXCEL_SV));
    // RFC 4180, for programs, keeps the exact ratio.
    assertEquals("1/5", Csv.cell("1/5"));
    // Not a ratio: a date and a range stay as they are.
    assertEquals("2026-01-01", Csv.cell("2026-01-01", CsvDialect.EXCEL_SV));
    assertEquals("1/5/2026", Csv.cell("1/5/2026", CsvDialect.EXCEL_SV));
  }

  @Test
  void idsAreWhatTheCommandLineTakes() {
    assertEquals("rfc4180", CsvDialect.RFC4180.id());
    assertEquals("excel-sv", CsvDialect.EXCEL_SV.id());
    assertEquals(';', CsvDialect.EXCEL_SV.separator());
    assertEquals("", CsvDialect.RFC4180.start());
    assertEquals("1.5.2", CsvDialect.EXCEL_SV.number("1.5.2"));
  }

  @Test
  void aTableGivesItsHeaderAndRows() {
    Table t = new Table("a", "b>").row("1", "2");
    assertEquals(java.util.List.of("a", "b"), t.header());
    assertEquals(java.util.List.of(java.util.List.of("1", "2")), t.rows());
  }
}
