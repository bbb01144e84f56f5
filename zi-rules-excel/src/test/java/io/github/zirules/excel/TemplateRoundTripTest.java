package io.github.zirules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Item;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.testkit.AssessmentGenerator;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TemplateRoundTripTest {

    static final byte[] TEMPLATE = Fixtures.bytes(out -> LkeWorkbooks.writeTemplate(Fixtures.INSTRUMENT,
            Fixtures.RULESET, Fixtures.ZI::evaluate, out));

    static final AssessmentGenerator GEN = AssessmentGenerator.builder(Fixtures.INSTRUMENT).ruleSet(Fixtures.RULESET)
            .reviewSets(2).agencyFactsShare(0).evidenceShare(0.3).unansweredShare(0.05).build();

    @Test
    void theBlankTemplateReadsAsAnUnansweredAssessmentOfItsRuleSet() {
        LkeImport imp = Fixtures.read(TEMPLATE, "LKE.xlsx", Fixtures.WBK);
        assertEquals(List.of(), imp.problems());
        assertEquals(LkeLayout.ZI_RULES_TEMPLATE, imp.layout());
        assertEquals(Map.of(), imp.assessment().answers());
        assertEquals(Fixtures.RULESET, imp.assessment().ruleSet());
    }

    @Test
    void theTemplateShowsTheRuleSetsWeightsADropDownOnEveryAnswerCellAndProtectsItsStructure() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Fixtures.stream(TEMPLATE))) {
            XSSFSheet s = wb.getSheet("LKE");
            assertTrue(s.getProtect());
            Row mp1 = rowOf(s, "PEM.MP.1.a");
            // The indicator heading is right above its first item; 0.5 is PEM.MP.1's weight, read from the DRL.
            assertEquals(0.5, s.getRow(mp1.getRowNum() - 1).getCell(7).getNumericCellValue(), 1e-12);
            List<? extends DataValidation> dvs = s.getDataValidations();
            for (Item it : Fixtures.INSTRUMENT.items()) {
                RuleSetModel.AnswerKind kind = Fixtures.INSTRUMENT.answerScale(it).kind();
                // A PCT or DEC item is answered in its first Jumlah row, below the item's own.
                int r = rowOf(s, it.id().value()).getRowNum() + (kind == RuleSetModel.AnswerKind.RATIO
                        || kind == RuleSetModel.AnswerKind.DECREASE ? 1 : 0);
                assertTrue(dvs.stream().anyMatch(dv -> dv.getRegions().getCellRangeAddresses().length > 0
                        && java.util.Arrays.stream(dv.getRegions().getCellRangeAddresses())
                                .anyMatch(a -> a.isInRange(r, 10))), it.id() + " has no validation");
                assertTrue(!s.getRow(r).getCell(10).getCellStyle().getLocked(), it.id() + " answer cell is locked");
            }
        }
    }

    /**
     * Write, fill programmatically as a user would, read: the same assessment. 25 seeds cover every answer kind many
     * times over (113 items each, with unanswered items, zero denominators, evidence and two reviewer sets); each
     * example writes and parses a whole workbook, so more buy little.
     */
    @Test
    void anyGeneratedAssessmentFilledIntoTheTemplateReadsBackUnchanged() {
        qt().withExamples(25).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Assessment a = GEN.fromSeed(seed);
            LkeImport imp = Fixtures.read(fill(TEMPLATE, a), "filled.xlsx", LkeReadOptions.defaults());
            assertEquals(List.of(), imp.problems());
            assertEquals(a, imp.assessment());
        });
    }

    static Row rowOf(Sheet s, String id) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && id.equals(c.getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    /** Fills the template with an assessment through POI, cell by cell, as a user would. */
    static byte[] fill(byte[] template, Assessment a) {
        try (XSSFWorkbook wb = new XSSFWorkbook(Fixtures.stream(template))) {
            Sheet unit = wb.getSheet("Unit");
            Object[] values = {a.ruleSet(), a.unit().id(), a.unit().name(), a.unit().agency(), a.year(),
                a.target().name(), a.currentPredicate().name()};
            for (int i = 0; i < values.length; i++) {
                Cell c = unit.getRow(2 + i).getCell(1);
                if (values[i] instanceof Integer y) {
                    c.setCellValue(y);
                } else {
                    c.setCellValue(values[i] == null ? "" : values[i].toString());
                }
            }
            Sheet s = wb.getSheet("LKE");
            Map<String, Integer> cols = new HashMap<>();
            s.getRow(1).forEach(c -> cols.put(c.getStringCellValue(), c.getColumnIndex()));
            for (Item it : Fixtures.INSTRUMENT.items()) {
                Row r = rowOf(s, it.id().value());
                put(s, r.getRowNum(), 10, a.answers().get(it.id()));
                a.reviews().forEach((role, set) -> put(s, r.getRowNum(), cols.get("Jawaban " + role),
                        set.get(it.id())));
                List<Evidence> docs = a.evidenceFor(it.id());
                if (!docs.isEmpty()) {
                    r.getCell(13).setCellValue(String.join("\n", docs.stream().map(Evidence::title).toList()));
                    r.getCell(14).setCellValue(String.join("\n", docs.stream()
                            .map(d -> d.uri() == null ? "" : d.uri()).toList()));
                    r.getCell(15).setCellValue(String.join("\n", docs.stream()
                            .map(d -> d.sha256() == null ? "" : d.sha256()).toList()));
                }
            }
            return Fixtures.bytes(wb::write);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(Sheet s, int row, int col, Answer a) {
        if (a instanceof Answer.Choice c) {
            s.getRow(row).getCell(col).setCellValue(c.label());
        } else if (a instanceof Answer.Index i) {
            s.getRow(row).getCell(col).setCellValue(i.value().doubleValue());
        } else if (a instanceof Answer.Ratio r) {
            s.getRow(row + 1).getCell(col).setCellValue(r.denominator());
            s.getRow(row + 2).getCell(col).setCellValue(r.numerator());
        } else if (a instanceof Answer.Decrease d) {
            s.getRow(row + 1).getCell(col).setCellValue(d.lastYear());
            s.getRow(row + 2).getCell(col).setCellValue(d.thisYear());
        }
    }
}
