package io.github.zirules.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Problem;
import io.github.zirules.engine.RuleSetFolders;
import io.github.zirules.engine.internal.tables.RuleTables;
import io.github.zirules.policy.PolicyRuleSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistake in a rule table is reported once, at its cell ({@code bobot.csv:21}, {@code bobot.xlsx!Bobot!I21}). */
class RuleTableProblemsTest {

    private static final String MP1 = "\"PEM.MP.1\",\"0.50\"";

    private static Path copy(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(TableEditionTest.FOLDER)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(TableEditionTest.FOLDER.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return target;
    }

    /** A copy of the table edition whose weight cell of PEM.MP.1 reads {@code cells}, and the CSV row of that cell. */
    private record Edited(Path folder, int row) {
        static Edited weightRow(Path tmp, String cells) throws IOException {
            Path rs = copy(tmp.resolve("rs"));
            int row = RuleSetFolders.lineOf(rs.resolve("bobot.csv"), MP1);
            RuleSetFolders.edit(rs.resolve("bobot.csv"), MP1, cells);
            return new Edited(rs, row);
        }
    }

    private static List<Problem> refused(Path dir) {
        return RuleSetFolders.refused(dir);
    }

    private static Problem only(List<Problem> ps, String code) {
        return RuleSetFolders.only(ps, code);
    }

    @Test
    void aDecimalCommaInATableCellIsCaughtAtItsRowWithTheFix(@TempDir Path tmp) throws IOException {
        Edited e = Edited.weightRow(tmp, "\"PEM.MP.1\",\"0,50\"");
        Problem p = only(refused(e.folder()), "LINT_DECIMAL_COMMA");
        assertTrue(p.location().endsWith("bobot.csv:" + e.row()), p.toString());
        assertEquals("\"0.50\"", p.expected());
        assertTrue(p.messageEn().contains("write \"0.50\""), p.messageEn());
    }

    @Test
    void aWrongIndicatorIdInATableCellIsNamedAtItsRowWithTheNearestId(@TempDir Path tmp) throws IOException {
        Edited e = Edited.weightRow(tmp, "\"PEM.MP.9\",\"0.50\"");
        Problem p = only(refused(e.folder()), "RULE_UNKNOWN_ID");
        assertTrue(p.location().endsWith("bobot.csv:" + e.row()), p.toString());
        assertTrue(p.messageEn().contains("'PEM.MP.9'") && p.messageEn().contains("did you mean"), p.messageEn());
    }

    @Test
    void aRowWithAnIdButNoWeightIsRefusedAtItsRow(@TempDir Path tmp) throws IOException {
        Edited e = Edited.weightRow(tmp, "\"PEM.MP.1\",\"\"");
        List<Problem> ps = refused(e.folder());
        assertTrue(ps.stream().anyMatch(p -> p.location().endsWith("bobot.csv:" + e.row())), ps::toString);
    }

    @Test
    void aMistakeInAWorkbookCellIsReportedAtItsSheetAndCell(@TempDir Path tmp) throws IOException {
        Edited e = Edited.weightRow(tmp, "\"PEM.MP.1\",\"0,50\"");
        Path rs = e.folder();
        workbook(rs.resolve("bobot.csv"), "Bobot", rs.resolve("bobot.xlsx"));
        Files.delete(rs.resolve("bobot.csv"));
        RuleSetFolders.edit(rs.resolve("ruleset.properties"), "bobot.csv", "bobot.xlsx");
        Problem p = only(refused(rs), "LINT_DECIMAL_COMMA");
        assertTrue(p.location().endsWith("bobot.xlsx!Bobot!I" + e.row()), p.toString());
    }

    @Test
    void theWorkbookEditionLoadsAndIsHashedAsItsBytes(@TempDir Path tmp) throws IOException {
        Path rs = copy(tmp.resolve("rs"));
        workbook(rs.resolve("bobot.csv"), "Bobot", rs.resolve("bobot.xlsx"));
        Files.delete(rs.resolve("bobot.csv"));
        RuleSetFolders.edit(rs.resolve("ruleset.properties"), "bobot.csv", "bobot.xlsx");
        PolicyRuleSet loaded = PolicyRuleSet.load(rs);
        assertEquals(TableEdition.ID, loaded.info().id());
        assertTrue(loaded.files().stream().anyMatch(f -> f.endsWith("bobot.xlsx")), loaded.files()::toString);
    }

    @Test
    void aTableThatIsNotADecisionTableIsRefusedAtTheTable(@TempDir Path tmp) throws IOException {
        Path rs = copy(tmp.resolve("rs"));
        Files.writeString(rs.resolve("bobot.csv"), "\"PEM.MP.1\",\"0.50\"\n");
        List<Problem> ps = refused(rs);
        assertFalse(ps.isEmpty());
        assertTrue(ps.stream().noneMatch(p -> p.messageEn().contains("Exception")), ps::toString);
    }

    @Test
    void aCsvTableSavedWithSemicolonsIsRefusedSayingHowToSaveIt(@TempDir Path tmp) throws IOException {
        Path rs = copy(tmp.resolve("rs"));
        Path csv = rs.resolve("bobot.csv");
        Files.writeString(csv, Files.readString(csv).replace("\",\"", "\";\""));
        Problem p = only(refused(rs), "RULE_TABLE_INVALID");
        assertTrue(p.location().endsWith("bobot.csv:1"), p.toString());
        assertTrue(p.messageEn().contains("semicolons") && p.expected().contains(".xlsx"), p.toString());
    }

    @Test
    void withoutTheDecisionTableLibraryATableIsRefusedNamingTheDependencyInBothLanguages() throws IOException {
        try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
            assertFalse(RuleTables.available(bare));
        }
        assertTrue(RuleTables.available(RuleTables.class.getClassLoader()));
        Problem p = RuleTables.dependencyMissing("bobot.xlsx");
        assertEquals("bobot.xlsx", p.location());
        assertTrue(p.messageId().contains(RuleTables.DEPENDENCY) && p.messageEn().contains(RuleTables.DEPENDENCY)
                && p.expected().contains(RuleTables.DEPENDENCY) && p.expectedId().contains(RuleTables.DEPENDENCY), p::toString);
    }

    /** The CSV table as a workbook of one sheet, row for row and cell for cell (text cells). */
    static void workbook(Path csv, String sheetName, Path xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); Reader in = Files.newBufferedReader(csv)) {
            Sheet sheet = wb.createSheet(sheetName);
            int r = 0;
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(in)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < rec.size(); c++) {
                    if (!rec.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rec.get(c));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
    }
}
