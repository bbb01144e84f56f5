package io.github.zirules.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.DeclaredFact;
import io.github.zirules.api.Indicator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The score sheet made from its rule set's layout: the facts found by id as the maps of old found them, and the
 * declarations read once per rule set kept apart between rule sets, between texts, and from wrong declarations.
 */
class ScorecardTemplateTest {

    private static final Instrument INSTRUMENT = ZiRules.evaluator().instrument("permenpan-rb-90-2021");
    private static final Assessment EMPTY = Assessment.builder(Unit.of("U"), 2026, Predikat.WBK).build();
    private static final RuleRef RULE = new RuleRef("r", "t.drl", 7, 0, 0, "t");

    private static Scorecard sheet(ScorecardLayout layout) {
        Scorecard card = Scorecard.of(layout, EMPTY);
        card.beginRule(RULE);
        return card;
    }

    @Test
    void theSheetsMapsFindEveryFactByIdInLkeOrderAndNothingElse() {
        ScorecardLayout layout = ScorecardLayout.of(INSTRUMENT);
        Scorecard card = sheet(layout);
        List<String> ids = INSTRUMENT.indicators().stream().map(Indicator::id).toList();
        assertEquals(ids, new ArrayList<>(card.indicators().keySet()));
        card.indicators().forEach((id, i) -> assertSame(i, card.indicators().get(id)));
        assertEquals(ids.size(), card.indicators().values().size());
        card.areaParts().forEach((id, p) -> {
            assertEquals(id, p.getId());
            p.getIndicators().forEach(i -> assertEquals(id, i.getAreaPart()));
        });
        card.areas().forEach((code, a) -> a.getParts().forEach(p -> assertEquals(code, p.getArea())));
        card.indicators().values().forEach(i -> i.getItems().forEach(it -> assertEquals(i.getId(),
                it.getIndicator())));
        assertEquals(INSTRUMENT.items().size(), card.items().size());
        assertNull(card.indicators().get("PEM.XX.1"));
        assertNull(card.indicators().get(null));
        assertNull(card.areaParts().get(null));
        assertThrows(UnsupportedOperationException.class, () -> card.indicators().put("X", null));
    }

    @Test
    void twoSheetsOfOneLayoutShareNoDecision() {
        ScorecardLayout layout = ScorecardLayout.of(INSTRUMENT);
        Scorecard first = sheet(layout);
        Scorecard second = sheet(layout);
        first.weight("TOTAL", "100");
        first.answerValue("YT", "Ya", "1");
        assertEquals(Exact.of(100), first.levelWeight("TOTAL"));
        assertNull(second.levelWeight("TOTAL"));
        assertNull(second.answerValueSetting("YT", "Ya"));
        assertNotSame(first.indicators().get("PEM.MP.1"), second.indicators().get("PEM.MP.1"));
    }

    @Test
    void anUnknownLevelOrAnswerScaleIsTheSameMistakeAsBefore() {
        Scorecard card = sheet(ScorecardLayout.of(INSTRUMENT));
        RuleMistake level = assertThrows(RuleMistake.class, () -> card.weight("TOTL", "100"));
        assertEquals("RULE_UNKNOWN_ID", level.code());
        assertTrue(level.getMessage().contains("TOTAL"), level.getMessage());
        RuleMistake scale = assertThrows(RuleMistake.class, () -> card.answerValue("ABCDX", "A", "1"));
        assertEquals("RULE_BAD_SETTING", scale.code());
        RuleMistake label = assertThrows(RuleMistake.class, () -> card.answerValue("YT", "Mungkin", "1"));
        assertEquals("RULE_BAD_SETTING", label.code());
    }

    @Test
    void aDeclarationReadForOneRuleSetNeverAnswersForAnother() {
        ScorecardLayout one = ScorecardLayout.of(INSTRUMENT);
        ScorecardLayout other = ScorecardLayout.of(INSTRUMENT);
        sheet(one).agencyFact("jenis", "PILIHAN PUSAT, DAERAH", "Jenis", "Kind");
        sheet(one).gradeScale("MUTU", "A > B > C");
        sheet(one).warnWithoutEvidence("TANPA_DATA", "Ya, A", "{butir}", "{item}");
        assertEquals(0, other.declarations.size());
        Scorecard card = sheet(other);
        card.agencyFact("jenis", "BILANGAN", "Jenis", "Kind");
        card.gradeScale("MUTU", "A > B");
        DeclaredFact jenis = card.agencyFacts().get("jenis");
        assertEquals(DeclaredFact.Kind.WHOLE_NUMBER, jenis.kind());
        assertEquals(List.of("A", "B"), card.gradeScales().get("MUTU"));
        Scorecard again = sheet(one);
        again.agencyFact("jenis", "PILIHAN PUSAT, DAERAH", "Jenis", "Kind");
        assertEquals(List.of("PUSAT", "DAERAH"), again.agencyFacts().get("jenis").values());
    }

    @Test
    void theSameNameWithAnotherKindOrLabelIsReadAfresh() {
        ScorecardLayout layout = ScorecardLayout.of(INSTRUMENT);
        sheet(layout).agencyFact("jumlah", "BILANGAN", "Jumlah", "Count");
        Scorecard card = sheet(layout);
        card.agencyFact("jumlah", "DESIMAL", "Jumlah", "Count");
        assertEquals(DeclaredFact.Kind.DECIMAL, card.agencyFacts().get("jumlah").kind());
        Scorecard relabelled = sheet(layout);
        relabelled.agencyFact("jumlah", "BILANGAN", "Jumlah pegawai", "Count");
        assertEquals("Jumlah pegawai", relabelled.agencyFacts().get("jumlah").labelId());
    }

    @Test
    void aWrongDeclarationIsRefusedOnEveryEvaluationAndNeverKept() {
        ScorecardLayout layout = ScorecardLayout.of(INSTRUMENT);
        for (int i = 0; i < 3; i++) {
            Scorecard card = sheet(layout);
            assertEquals("RULE_BAD_SETTING", assertThrows(RuleMistake.class,
                    () -> card.agencyFact("Jenis", "BILANGAN", "Jenis", "Kind")).code());
            assertEquals("RULE_BAD_SETTING", assertThrows(RuleMistake.class,
                    () -> card.agencyFact("jenis", "PILIHAN SATU", "Jenis", "Kind")).code());
            assertEquals("RULE_BAD_SETTING", assertThrows(RuleMistake.class,
                    () -> card.gradeScale("mutu", "A > B")).code());
            assertEquals("RULE_BAD_SETTING", assertThrows(RuleMistake.class,
                    () -> card.gradeScale("MUTU", "A > A")).code());
            assertEquals("RULE_BAD_SETTING", assertThrows(RuleMistake.class,
                    () -> card.warnWithoutEvidence("TANPA_DATA", "Ya, Mungkin", "{butir}", "{item}")).code());
            assertEquals("RULE_BAD_SETTING", assertThrows(RuleMistake.class,
                    () -> card.warnWithoutEvidence("TANPA_DATA", "Ya", "{unit}", "{item}")).code());
        }
        assertEquals(0, layout.declarations.size());
    }

    @Test
    void manyThreadsDeclaringOnOneRuleSetReadTheSameDeclarations() throws Exception {
        ScorecardLayout layout = ScorecardLayout.of(INSTRUMENT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DeclaredFact>> done = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                done.add(pool.submit(() -> {
                    Scorecard card = sheet(layout);
                    card.agencyFact("jenis", "PILIHAN PUSAT, DAERAH", "Jenis", "Kind");
                    return card.agencyFacts().get("jenis");
                }));
            }
            for (Future<DeclaredFact> f : done) {
                assertEquals(List.of("PUSAT", "DAERAH"), f.get().values());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, layout.declarations.size());
    }
}
