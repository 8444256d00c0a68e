package se.alf.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --csv-dialect excel-sv}: what Excel in a Swedish locale opens correctly, one table a
 * file; {@code --table NAME} chooses it. The default dialect, rfc4180, is unchanged.
 */
class CsvDialectCliTest extends CliTestSupport {

  @TempDir
  Path dir;

  @Test
  void excelSvIsOneTableWithAByteOrderMarkSemicolonsDecimalCommasAndCrlf() throws IOException {
    Path file = dir.resolve("allocation.csv");
    assertEquals(0, run("allocate", "pm-2024", "2027", "-f", "csv", "--csv-dialect", "excel-sv",
        "-o", file.toString()));
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(bytes, 3));
    String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertTrue(csv.startsWith("region;minimum_hst;compensated_hst;education_sek;"), csv);
    // Örebro: 9600/11 HST = 872,7272… → 872,73 (half even, 2 places); education 128 492 kr ×
    // 9600/11 = 112 138 472,7272… → 112 138 472,73 kr.
    assertTrue(csv.contains("\r\nÖrebro;872,73;872,73;112138472,73;"), csv);
    assertTrue(csv.endsWith("\r\n"), csv);
    assertFalse(csv.replace("\r\n", "").contains("\n"), csv);
    // One table: no empty record, no assumptions; the error stream says how to get them.
    assertFalse(csv.contains("\r\n\r\n") || csv.contains("assumption_key"), csv);
    assertTrue(err().contains("alf: allocate: excel-sv writes one table a file: this is"
        + " 'allocation'; the others with --table assumptions\n"), err());
  }

  @Test
  void excelSvHoldsTheValuesOfRfc4180() {
    assertEquals(0, run("allocate", "pm-2024", "2027", "-f", "csv", "--table", "allocation"));
    List<String> rfc = rawOut().lines().toList();
    assertEquals(0, run("allocate", "pm-2024", "2027", "-f", "csv", "--csv-dialect",
        "excel-sv"));
    List<String> sv = rawOut().substring(1).lines().toList();
    assertEquals(rfc.size(), sv.size());
    for (int i = 0; i < rfc.size(); i++) {
      // no cell of this table holds a comma, a semicolon or a quote
      List<String> a = Arrays.stream(rfc.get(i).split(",", -1)).map(c -> c.replace('.', ','))
          .toList();
      assertEquals(a, List.of(sv.get(i).split(";", -1)), rfc.get(i));
    }
  }

  @Test
  void tableChoosesOneTableInEitherDialect() {
    assertEquals(0, run("allocate", "pm-2024", "2027", "-f", "csv", "--csv-dialect", "excel-sv",
        "--table", "assumptions"));
    String csv = rawOut();
    assertTrue(csv.startsWith("\uFEFFassumption_key;value;range;note\r\n"), csv);
    // A note holding ';' is quoted; a value like "128 492,00 kr" needs no quotes here.
    assertTrue(csv.contains(";\"Not published; the students trained"), csv);
    assertTrue(csv.contains("\r\neducation.raised-rate-per-hst;128 492,00 kr;"), csv);
    assertFalse(err().contains("writes one table"), err());
    assertEquals(0, run("compare", "alf-2014", "pm-2024", "2026", "2027", "-f", "csv",
        "--table", "regions"));
    assertTrue(rawOut().startsWith("region,year,left,right,difference,rounding\r\n"), rawOut());
    assertEquals(1 + 7 * 2, rawOut().split("\r\n").length, rawOut());
    assertEquals(0, run("backtest", "-f", "csv", "--csv-dialect", "excel-sv", "--table",
        "errors"));
    assertTrue(rawOut().startsWith("\uFEFFmeasure;rows;mean_absolute_error_sek;"), rawOut());
  }

  @Test
  void rfc4180WithoutTableIsUnchanged() {
    assertEquals(0, run("allocate", "pm-2024", "2027", "-f", "csv"));
    String all = rawOut();
    assertEquals(0, run("allocate", "pm-2024", "2027", "-f", "csv", "--csv-dialect",
        "rfc4180"));
    assertEquals(all, rawOut());
    // both tables, an empty record between them, no byte order mark
    assertTrue(all.startsWith("region,") && all.contains("\r\n\r\nassumption_key,"), all);
  }

  @Test
  void singleTableCommandsTakeTheDialectWithoutANote() {
    assertEquals(0, run("rulesets", "-f", "csv", "--csv-dialect", "excel-sv"));
    assertTrue(rawOut().startsWith("\uFEFFid;title;source;"), rawOut());
    assertEquals("", err());
    assertEquals(0, run("validate", "pm-2024", "2030", "-f", "csv", "--csv-dialect", "excel-sv",
        "--table", "findings"));
    assertTrue(rawOut().startsWith("\uFEFFrule set;subject;severity;"), rawOut());
  }
}
