package io.github.zirules.json;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Check;
import io.github.zirules.api.GradeCheck;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Scores;
import io.github.zirules.api.Unit;
import io.github.zirules.api.Verdict;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built results (numbers from the shared example random-1001-00), independent of any engine. */
final class SampleResults {

    private SampleResults() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Result sample() {
        Map<String, BigDecimal> areas = new LinkedHashMap<>();
        areas.put("MP", d("6.78"));
        areas.put("TT", d("5.17"));
        areas.put("SDM", d("7.41"));
        areas.put("AK", d("9.33"));
        areas.put("PW", d("10.43"));
        areas.put("PP", d("7.69"));
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        parts.put("PEM.MP", d("3.89"));
        parts.put("REF.MP", d("2.89"));
        Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        indicators.put("PEM.MP.1", d("0.50"));
        indicators.put("PEM.MP.2", d("1.00"));
        indicators.put("REF.PW.3a", d("0.65"));
        Scores scores = new Scores(d("84.57"), d("46.80"), d("26.43"), d("20.38"), areas, parts, d("37.77"),
                d("20.62"), d("15.62"), d("5.00"), d("17.15"), indicators);
        List<Check> checks = List.of(
                new ScoreCheck("TOTAL", d("75.00"), d("84.57"), true, null, "WBK: total at least 75"),
                new ScoreCheck("IPAK", d("15.75"), d("15.62"), false, d("0.13"), "WBK: IPAK at least 15.75"),
                new GradeCheck("AGENCY.BPK", "WTP", "WTP", true, "WBK: BPK opinion at least WTP"));
        Verdict verdict = new Verdict(Predikat.WBK, false, checks);
        List<Problem> warnings = List.of(
                Problem.warning("ZERO_DENOMINATOR", "$.answers['REF.MP.1.a']", Message.texts("penyebut nol",
                        "zero denominator")),
                Problem.warning("NO_EVIDENCE", "$.answers['PEM.MP.1.b']", Message.texts("tanpa data dukung",
                        "no evidence")));
        List<ItemScore> items = List.of(
                new ItemScore(ItemId.of("PEM.MP.1.a"), Answer.choice("Ya"), d("1.0000"), "1", d("0.25"),
                        "YT: Ya is 1"),
                new ItemScore(ItemId.of("PEM.MP.1.b"), null, d("0.0000"), "0", d("0.00"), "unanswered is 0"),
                new ItemScore(ItemId.of("REF.MP.1.a"), Answer.ratio(29, 40), d("0.7250"), "29/40", d("0.73"),
                        "PCT: numerator over denominator"),
                new ItemScore(ItemId.of("REF.SDM.3.a"), Answer.decrease(5, 8), d("0.0000"), "0", d("0.00"),
                        "DEC: floored at 0"),
                new ItemScore(ItemId.of("HAS.IPAK"), Answer.index("3.57"), d("0.8925"), "357/400", d("15.62"),
                        "IDX4: index over 4"));
        RuleSetInfo rs = new RuleSetInfo("permenpan-rb-90-2021", "2021.1", "ab".repeat(32), "LKE ZI 2021",
                "PermenPAN-RB 90/2021", "2022-", false, List.of());
        return new Result(rs, new Unit("R1001-0", "Unit r1001-0", "Instansi Contoh"), 2026, scores, verdict,
                warnings, items);
    }

    /** A second result: eligible, WBBM, provisional rule set with a parent, no warnings, no items. */
    static Result eligible() {
        Result s = sample();
        List<Check> checks = List.of(
                new ScoreCheck("TOTAL", d("85.00"), d("91.00"), true, null, "WBBM: total at least 85"),
                new GradeCheck("HOLDS_WBK", "WBK", "WBK", true, "WBBM: holds WBK"));
        RuleSetInfo rs = new RuleSetInfo("custom", "1", "cd".repeat(32), null, null, null, true,
                List.of("permenpan-rb-90-2021"));
        return new Result(rs, Unit.of("U2"), 2027, s.scores(), new Verdict(Predikat.WBBM, true, checks), List.of(),
                List.of());
    }
}
