package io.github.zirules.reference;

import io.github.zirules.api.Check;
import io.github.zirules.api.GradeCheck;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Scores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where an engine {@link Result} and the reference scorer's {@link ReferenceResult} for the same assessment differ:
 * every reported score, every check (ids in order, points, grades, passed, shortfall), eligibility, every item's
 * exact value and points, and the warnings (code and item). One comparison for the engine's tests and the
 * benchmarks, which refuse to time an engine and a baseline that compute different things.
 */
public final class ReferenceComparison {

    private ReferenceComparison() {
    }

    /** The differences, one line each ({@code "what: reference X, engine Y"}); empty when they agree. */
    public static List<String> differences(ReferenceResult ref, Result engine) {
        List<String> out = new ArrayList<>();
        ref.scores().forEach((key, want) -> differ(out, key, want, engineScore(engine.scores(), key)));
        List<Check> checks = engine.verdict().checks();
        List<String> ids = checks.stream().map(Check::id).toList();
        List<String> refIds = ref.checks().stream().map(ReferenceCheck::id).toList();
        if (!refIds.equals(ids)) {
            out.add("checks: reference " + refIds + ", engine " + ids);
        } else {
            for (int i = 0; i < checks.size(); i++) {
                Check c = checks.get(i);
                ReferenceCheck e = ref.checks().get(i);
                ScoreCheck s = c instanceof ScoreCheck sc ? sc : null;
                GradeCheck g = c instanceof GradeCheck gc ? gc : null;
                differ(out, c.id() + " required", e.required(), s == null ? null : s.required());
                differ(out, c.id() + " actual", e.actual(), s == null ? null : s.actual());
                differ(out, c.id() + " required grade", e.requiredLabel(), g == null ? null : g.required());
                differ(out, c.id() + " grade", e.actualLabel(), g == null ? null : g.actual());
                differ(out, c.id() + " passed", e.passed(), c.passed());
                differ(out, c.id() + " shortfall", e.shortfall(), s == null ? null : s.shortfall());
            }
        }
        differ(out, "eligible", ref.eligible(), engine.eligible());
        List<ItemScore> items = engine.items();
        if (items.size() != ref.items().size()) {
            out.add("items: reference " + ref.items().size() + ", engine " + items.size());
        } else {
            for (int i = 0; i < items.size(); i++) {
                ReferenceResult.ItemPoints want = ref.items().get(i);
                ItemScore got = items.get(i);
                differ(out, "item " + i, want.item(), got.item().value());
                differ(out, want.item() + " value", want.value(), got.value());
                differ(out, want.item() + " exact value", want.exactValue(), got.exactValue());
                differ(out, want.item() + " points", want.points(), got.points());
            }
        }
        List<String> refWarnings = ref.warnings().stream().map(w -> w.code() + " " + w.location()).sorted().toList();
        List<String> warnings = engine.warnings().stream().map(ReferenceComparison::warning).sorted().toList();
        differ(out, "warnings", refWarnings, warnings);
        return out;
    }

    private static String warning(Problem p) {
        return p.code() + " " + p.location();
    }

    private static void differ(List<String> out, String what, Object reference, Object engine) {
        boolean same = reference instanceof BigDecimal r && engine instanceof BigDecimal e
                ? r.compareTo(e) == 0 && r.scale() == e.scale()
                : Objects.equals(reference, engine);
        if (!same) {
            out.add(what + ": reference " + reference + ", engine " + engine);
        }
    }

    /** The engine's score under a key of {@link ReferenceResult#scores()}. */
    public static BigDecimal engineScore(Scores s, String key) {
        return switch (key) {
            case "total" -> s.total();
            case "pengungkit" -> s.pengungkit();
            case "pemenuhan" -> s.pemenuhan();
            case "reform" -> s.reform();
            case "hasil" -> s.hasil();
            case "BBA" -> s.bba();
            case "IPAK" -> s.ipak();
            case "KINERJA" -> s.kinerja();
            case "IPKP" -> s.ipkp();
            default -> switch (key.split("\\.").length) {
                case 1 -> s.area(key);
                case 2 -> s.areaParts().get(key);
                default -> s.indicators().get(key);
            };
        };
    }
}
