package io.github.zirules.engine.internal;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.DeclaredFact;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.EvaluationException;
import io.github.zirules.api.Item;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.Unit;
import io.github.zirules.rules.Exact;
import io.github.zirules.rules.RuleMistake;
import io.github.zirules.rules.RuleRef;
import io.github.zirules.rules.ScoredArea;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.ScoredItem;
import io.github.zirules.rules.internal.ScoreSheet;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Load-time checks that run the rule set itself on probe assessments, so that what is checked is what the rules
 * really do: every answer gets a value in [0, 1]; the indicator weights of each area part add up to the part's
 * weight; with every answer at its best, every level scores exactly its declared weight (so the parts add up:
 * 30 + 30 = 60, 60 + 40 = 100); every check of zi-report/1 exists for both predicates; and every threshold lies
 * between 0 and the weight it is a share of. The same probes show which decisions of a parent rule set an extending
 * rule set overrides (reported as warnings), a rule that reads a value another rule changes afterwards, and a result
 * that changes when the facts are inserted in reverse order (both {@code LINT_ORDER_DEPENDENT}). A rule's own
 * mistake (an unknown id, an unsafe setting) is reported once, at the line of the rule file that holds it.
 */
final class RuleSetVerifier {

    private static final int PROBE_FIRE_LIMIT = 100_000;
    /** The time one probe may take; the built-in rule set needs a few milliseconds. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    /** How much more time a probe that ran out of time gets once more. */
    private static final int RETRY_TIME_FACTOR = 5;

    private RuleSetVerifier() {
    }

    /**
     * What the checks found, and the grade scales the rules declare (best grade first, by name), read from the
     * first probe that ran to the end.
     *
     * @param problems the problems found, errors and warnings
     * @param gradeScales the declared grade scales
     * @param agencyFacts the declared agency facts, in the order declared
     */
    record Verified(List<Problem> problems, Map<String, List<String>> gradeScales,
                    Map<String, DeclaredFact> agencyFacts) {
    }

    static Verified verify(CompiledRuleSet rs) {
        List<Problem> problems = new ArrayList<>();
        Probes probes = new Probes(rs, problems);
        List<Assessment> levels = new ArrayList<>();
        for (int level = 0; level < 5; level++) {
            levels.add(labelled(rs, level, Predikat.WBK));
        }
        Assessment none = Assessment.builder(Unit.of("PROBE"), 2024, Predikat.WBK).build();
        Assessment bestWbbm = labelled(rs, 0, Predikat.WBBM);
        List<Assessment> first = new ArrayList<>(levels);
        first.add(none);
        first.add(bestWbbm);
        // The probes are scored on two threads (ProbesAhead) and concluded from here, in this order.
        try (ProbesAhead ahead = probes.ahead(first)) {
            // Each probe is a whole evaluation: most of the cost of loading a rule set after the compiler. Level 0 for
            // WBK is also "best answers for WBK", so it is run once and kept.
            ScoreSheet bestWbk = null;
            ScoreSheet worstWbk = null;
            for (int level = 0; level < 5; level++) {
                ScoreSheet card = probes.run(levels.get(level), "answers at level " + level);
                bestWbk = level == 0 ? card : bestWbk;
                worstWbk = level == 4 ? card : worstWbk;
            }
            checkIndexRanges(rs, bestWbk, worstWbk, problems);
            probes.run(none, "no answers");
            // The agency-fact probes read the declared scales, known (and fixed) once a probe has run to the end.
            Map<String, Assessment> agency = new LinkedHashMap<>();
            if (!probes.scales.isEmpty()) {
                for (Predikat target : List.of(Predikat.WBK, Predikat.WBBM)) {
                    for (String kind : AGENCY_KINDS) {
                        agency.put(target + " " + kind, agencyProbe(rs, probes, target, kind));
                    }
                }
            }
            try (ProbesAhead next = probes.ahead(List.copyOf(agency.values()))) {
                if (bestWbk != null) {
                    probes.orderIndependent(labelled(rs, 0, Predikat.WBK));
                }
                for (Predikat target : List.of(Predikat.WBK, Predikat.WBBM)) {
                    ScoreSheet best = target == Predikat.WBK ? bestWbk
                            : probes.run(bestWbbm, "best answers for " + target);
                    if (best != null) {
                        checkWeights(rs, best, problems);
                        WeightStructure.check(rs.model(), best, problems);
                        checkChecks(rs, best, target, probes.where, problems);
                    }
                    for (String kind : AGENCY_KINDS) {
                        Assessment a = agency.get(target + " " + kind);
                        probes.run(a != null ? a : agencyProbe(rs, probes, target, kind), "agency facts for " + target);
                    }
                }
            }
        }
        probes.finish();
        return new Verified(problems, probes.scales, probes.facts);
    }

    /** The kinds of agency the agency-fact probes declare: a ministry, a regional government, none. */
    private static final String[] AGENCY_KINDS = {"MINISTRY", "REGIONAL", null};

    /** Every answer at its best for {@code target}, with every declared agency fact at its best grade. */
    private static Assessment agencyProbe(CompiledRuleSet rs, Probes probes, Predikat target, String kind) {
        return labelled(rs, 0, target).toBuilder().agency(new AgencyFacts(
                probes.best(AssessmentValidator.BPK_SCALE), probes.best(AssessmentValidator.AKIP_SCALE),
                probes.best(AssessmentValidator.INDEKS_RB_SCALE), kind)).build();
    }

    /**
     * The check for a rule set precompiled when the engine was built (the full checks, lint included, ran then, on
     * the same files): one probe, every answer at its best for WBK, with the weight and threshold checks. It shows
     * that the stored rules run here, and it is their first evaluation, so the first real one does not pay for it.
     */
    static Verified verifyPrecompiled(CompiledRuleSet rs) {
        List<Problem> problems = new ArrayList<>();
        Probes probes = new Probes(rs, problems);
        ScoreSheet best = probes.run(labelled(rs, 0, Predikat.WBK), "best answers for WBK");
        if (best != null) {
            checkWeights(rs, best, problems);
            WeightStructure.check(rs.model(), best, problems);
            checkChecks(rs, best, Predikat.WBK, probes.where, problems);
        }
        probes.finish();
        return new Verified(problems, probes.scales, probes.facts);
    }

    /** Runs probe assessments and collects what they show. */
    private static final class Probes {
        private final CompiledRuleSet rs;
        private final List<Problem> problems;
        private final String where;
        private final Map<String, String> missingValues = new LinkedHashMap<>();
        private final Map<String, List<String>> overrides = new LinkedHashMap<>();
        private final Map<String, ScoreSheet.Overriding> overridePairs = new LinkedHashMap<>();
        private String valueFile;
        private boolean failed;
        private final java.util.Set<String> failures = new java.util.HashSet<>();
        private Map<String, List<String>> scales = Map.of();
        private Map<String, DeclaredFact> facts = Map.of();
        private boolean retried;
        private final List<ProbesAhead> ahead = new ArrayList<>();

        Probes(CompiledRuleSet rs, List<Problem> problems) {
            this.rs = rs;
            this.problems = problems;
            this.where = folderOf(rs);
        }

        /** Starts scoring {@code batch} on a second thread; {@link #run} takes them from there. */
        ProbesAhead ahead(List<Assessment> batch) {
            ProbesAhead a = ProbesAhead.start(rs, batch, PROBE_FIRE_LIMIT, PROBE_TIMEOUT);
            ahead.add(a);
            return a;
        }

        ScoreSheet run(Assessment a, String what) {
            return run(a, what, PROBE_TIMEOUT);
        }

        private ScoreSheet run(Assessment a, String what, Duration timeout) {
            ProbesAhead.Ran ran = null;
            for (int i = 0; i < ahead.size() && ran == null && timeout.equals(PROBE_TIMEOUT); i++) {
                ran = ahead.get(i).take(a);
            }
            if (ran != null && ran.failure() instanceof EvaluationException e && ranOutOfTime(e)) {
                // Scored beside another cold probe, it may have run out of time where it alone would not: once
                // more here, so that the time limit and its one retry mean what they meant on one thread.
                ran = null;
            }
            ran = ran != null ? ran : ProbesAhead.score(rs, a, PROBE_FIRE_LIMIT, timeout);
            ScoreSheet card = ran.card();
            try {
                if (ran.failure() != null) {
                    throw ran.failure();
                }
                boolean complete = true;
                for (ScoredItem it : card.items()) {
                    Exact v = it.getValue();
                    if (v == null) {
                        complete = false;
                        String answer = it.isAnswered() ? it.getAnswer() : "(none)";
                        missingValues.putIfAbsent(it.getAnswerType() + " " + answer, it.getId());
                        continue;
                    }
                    RuleRef r = ScoreSheet.valueRule(it);
                    valueFile = valueFile == null ? r.location() : valueFile;
                    if (v.signum() < 0 || v.compareTo(Exact.ONE) > 0) {
                        problems.add(Problem.error("LINT_VALUE_RANGE", r.location(), Message.of("LINT_VALUE_RANGE",
                                r.name(), it.getId(), v), Message.of("LINT_VALUE_RANGE.expected")));
                    }
                }
                for (ScoreSheet.EarlyRead r : card.earlyReads()) {
                    RuleRef w = r.writer();
                    Problem p = Problem.error("LINT_ORDER_DEPENDENT", r.reader().location(),
                            Message.of("LINT_ORDER_DEPENDENT", r.reader().name(), r.what(), w.name(), w.location()),
                            null);
                    if (!problems.contains(p)) {
                        problems.add(p);
                    }
                }
                for (ScoreSheet.Overriding o : card.overrides()) {
                    String key = o.parentRule().location() + "\u0000" + o.childRule().location();
                    overridePairs.putIfAbsent(key, o);
                    List<String> whats = overrides.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!whats.contains(o.what())) {
                        whats.add(o.what());
                    }
                }
                if (complete && unsetComponents(card)) {
                    return null;
                }
                if (complete) {
                    ResultAssembler.assemble(rs, card, a);
                    if (scales.isEmpty()) {
                        scales = Map.copyOf(card.gradeScales());
                        facts = card.agencyFacts();
                    }
                }
                return complete ? card : null;
            } catch (RuleFailedException e) {
                // The rule's own mistake (an unknown id, a bad setting): once, at the line that holds it. Later phases
                // never ran, so the missing values and checks they would show are not the cause and are not reported.
                RuleMistake m = e.mistake();
                Problem p = Problem.error(m.code(), lineOf(rs, e.rule(), m.literal()), Message.of("RULE_MISTAKE",
                        e.rule().name(), m.message()), m.expected());
                if (!problems.contains(p)) {
                    problems.add(p);
                }
                failed = true;
                return null;
            } catch (EvaluationException e) {
                if (failed) {
                    return null;
                }
                if (ranOutOfTime(e)) {
                    if (!retried) {
                        // A first, cold evaluation on a loaded machine can outlast the limit: once more (once per
                        // rule set), with more time, before the rules are blamed; a loop reaches the fire limit.
                        retried = true;
                        return run(a, what, timeout.multipliedBy(RETRY_TIME_FACTOR));
                    }
                } else if (recordMissingValues(card)) {
                    return null;
                }
                // One problem per cause, however many probes meet it: the first probe's description stands.
                if (failures.add(e.getMessage())) {
                    problems.add(Problem.error("LINT_PROBE_FAILED", where, Message.of("LINT_PROBE_FAILED", what,
                            e.getMessage()), null));
                }
                return null;
            }
        }

        /** The best grade of a declared scale; null (no such fact) if the rules declare none. */
        String best(String scale) {
            List<String> grades = scales.get(scale);
            return grades == null ? null : grades.get(0);
        }

        /**
         * Scores {@code a} with its facts inserted in LKE order and in reverse order: a result that differs shows a
         * rule whose outcome depends on which rule happens to fire first.
         */
        void orderIndependent(Assessment a) {
            try {
                ScoreSheet inOrder = SessionRunner.run(rs, ScoreSheet.of(rs.instrument(), a), PROBE_FIRE_LIMIT,
                        PROBE_TIMEOUT, null, false);
                ScoreSheet reversed = SessionRunner.run(rs, ScoreSheet.of(rs.instrument(), a), PROBE_FIRE_LIMIT,
                        PROBE_TIMEOUT, null, true);
                io.github.zirules.api.Result x = ResultAssembler.assemble(rs, inOrder, a);
                io.github.zirules.api.Result y = ResultAssembler.assemble(rs, reversed, a);
                String what = !x.scores().equals(y.scores()) ? "scores" : !x.verdict().equals(y.verdict())
                        ? "verdict" : !x.items().equals(y.items()) ? "item values" : null;
                if (what != null) {
                    problems.add(Problem.error("LINT_ORDER_DEPENDENT", where, Message.of("LINT_ORDER_DEPENDENT.2",
                            what), null));
                }
            } catch (EvaluationException e) {
                // the other probes report why the rules fail
            }
        }

        /** Whether the probe was stopped by its time limit (not by a rule's mistake or the fire limit). */
        private static boolean ranOutOfTime(EvaluationException e) {
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof io.github.zirules.rules.internal.LimitExceededException l && l.isTimeLimit()) {
                    return true;
                }
            }
            return false;
        }

        /** Reports the components the structure declares but no aggregation rule scored; whether there were any. */
        private boolean unsetComponents(ScoreSheet card) {
            boolean any = false;
            for (String level : rs.levels()) {
                if (card.scoreOrNull(level) == null) {
                    any = true;
                    Problem p = Problem.error("STRUCTURE_UNSET", aggregationFile(rs), Message.of("STRUCTURE_UNSET",
                            level), Message.of("STRUCTURE_UNSET.expected", level, structureFile(rs)));
                    if (!problems.contains(p)) {
                        problems.add(p);
                    }
                }
            }
            return any;
        }

        /** Records items the answer-value rules left without a value; whether there were any. */
        private boolean recordMissingValues(ScoreSheet card) {
            boolean any = false;
            for (ScoredItem it : card.items()) {
                if (it.getValue() == null) {
                    any = true;
                    String answer = it.isAnswered() ? it.getAnswer() : "(none)";
                    missingValues.putIfAbsent(it.getAnswerType() + " " + answer, it.getId());
                } else if (valueFile == null) {
                    valueFile = ScoreSheet.valueRule(it).location();
                }
            }
            return any;
        }

        void finish() {
            if (failed) {
                return;
            }
            missingValues.forEach((typeAndAnswer, example) -> {
                String[] ta = typeAndAnswer.split(" ", 2);
                String cond = ta[1].equals("(none)") ? "answered == false" : "answerType == \"" + ta[0]
                        + "\", answer == \"" + ta[1] + "\"";
                problems.add(Problem.error("LINT_VALUE_MISSING", valueFile == null ? where : valueFile,
                        Message.of("LINT_VALUE_MISSING", ta[0], ta[1], example),
                        Message.of("LINT_VALUE_MISSING.expected", cond)));
            });
            overrides.forEach((key, whats) -> {
                ScoreSheet.Overriding o = overridePairs.get(key);
                RuleRef p = o.parentRule();
                RuleRef c = o.childRule();
                String list = String.join(", ", whats);
                problems.add(Problem.warning("OVERRIDES_PARENT_RULE", c.location(),
                        Message.of("OVERRIDES_PARENT_RULE", c.name(), c.ruleSetId(), p.name(), p.location(),
                        p.ruleSetId(), list)));
            });
        }
    }

    /**
     * Where a problem that belongs to no single rule file is named (a missing check, a failed probe): the rule set
     * itself, that is its descriptor {@code ruleset.properties} in its folder. Never a rule file that is not at fault.
     */
    static String folderOf(CompiledRuleSet rs) {
        String last = rs.sources().keySet().stream().reduce((a, b) -> b).orElse(null);
        if (last == null) {
            return rs.info().id();
        }
        int slash = Math.max(last.lastIndexOf('/'), last.lastIndexOf(java.io.File.separatorChar));
        return last.substring(0, slash + 1) + RuleSetSource.DESCRIPTOR;
    }

    /**
     * {@code file:line} of {@code literal} (as written between quotes) in the text of {@code rule}, else the rule's
     * own location: a wrong id in an action is named on the action's line, not the rule's first.
     */
    static String lineOf(CompiledRuleSet rs, RuleRef rule, String literal) {
        String text = rs.sources().get(rule.file());
        if (text == null || literal == null) {
            return rule.location();
        }
        String[] lines = text.split("\n", -1);
        for (int i = Math.max(0, rule.line() - 1); i < lines.length; i++) {
            if (lines[i].contains("\"" + literal + "\"")) {
                return rule.file() + ":" + (i + 1);
            }
            if (i > rule.line() - 1 && lines[i].strip().startsWith("rule ")) {
                break;
            }
        }
        return rule.location();
    }

    /** Every item answered with its scale's label at {@code level} (0 = best), and matching counts and indices. */
    static Assessment labelled(CompiledRuleSet rs, int level, Predikat target) {
        Assessment.Builder b = Assessment.builder(Unit.of("PROBE"), 2024, target)
                .currentPredicate(target == Predikat.WBBM ? Predikat.WBK : Predikat.NONE);
        for (Item it : rs.instrument().items()) {
            RuleSetModel.AnswerScale scale = rs.instrument().answerScale(it);
            List<String> labels = scale.labels();
            Answer a = switch (scale.kind()) {
                case RATIO -> Answer.ratio(4 - Math.min(level, 4), 4);
                case DECREASE -> Answer.decrease(4, Math.min(level, 4));
                case INDEX -> Answer.index(indexAt(scale.indexRange(), level));
                case CHOICE -> Answer.choice(labels.get(Math.min(level, labels.size() - 1)));
            };
            b.answer(it.id(), a);
        }
        return b.build();
    }

    /**
     * The index a probe at {@code level} answers: the range's highest at level 0, its lowest at level 4 and beyond,
     * evenly between (4, 3, 2, 1, 0 for the range 0-4).
     */
    static BigDecimal indexAt(RuleSetModel.IndexRange range, int level) {
        BigDecimal span = range.highest().subtract(range.lowest());
        return range.highest().subtract(span.multiply(BigDecimal.valueOf(Math.min(level, 4)))
                .divide(BigDecimal.valueOf(4))).stripTrailingZeros();
    }

    /**
     * The rule that values an index item agrees with the range its scale declares: the highest index is worth 1 and
     * the lowest 0. A rule that divides by 4 on a scale declared {@code index 0-5}, or the other way round, is
     * refused at that rule, naming both.
     */
    private static void checkIndexRanges(CompiledRuleSet rs, ScoreSheet best, ScoreSheet worst,
                                         List<Problem> problems) {
        if (best == null || worst == null) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (ScoreSheet card : List.of(best, worst)) {
            boolean atBest = card == best;
            for (ScoredItem it : card.items()) {
                RuleSetModel.AnswerScale scale = rs.instrument().answerScale(ScoreSheet.item(it));
                Exact v = it.getValue();
                RuleRef rule = ScoreSheet.valueRule(it);
                if (scale.kind() != RuleSetModel.AnswerKind.INDEX || v == null || rule == null
                        || v.equals(atBest ? Exact.ONE : Exact.ZERO) || !reported.add(scale.code())) {
                    continue;
                }
                BigDecimal index = indexAt(scale.indexRange(), atBest ? 0 : 4);
                problems.add(Problem.error("LINT_INDEX_RANGE", rule.location(), Message.of("LINT_INDEX_RANGE",
                        it.getId(), index.toPlainString(), decimal(v), scale.code(), scale.indexRange().toString()),
                        Message.of("LINT_INDEX_RANGE.expected", scale.code(), scale.indexRange().toString(),
                                atBest ? "1" : "0", index.toPlainString())));
            }
        }
    }

    private static void checkWeights(CompiledRuleSet rs, ScoreSheet best, List<Problem> problems) {
        for (ScoredAreaPart p : best.areaParts().values()) {
            if (!p.hasWeight()) {
                problems.add(Problem.error("LINT_WEIGHT_MISSING", firstWeightRule(p),
                        Message.of("LINT_WEIGHT_MISSING", p.getId()), Message.of("LINT_WEIGHT_MISSING.expected",
                        p.getId())));
                continue;
            }
            Exact sum = Exact.ZERO;
            for (ScoredIndicator i : p.getIndicators()) {
                sum = sum.plus(i.getWeight());
            }
            if (!sum.equals(p.getWeight())) {
                problems.add(Problem.error("LINT_WEIGHT_SUM", ScoreSheet.weightRule(p).location(),
                        Message.of("LINT_WEIGHT_SUM.2", p.getId(), decimal(sum), decimal(p.getWeight())),
                        Message.of("LINT_WEIGHT_SUM.2.expected", decimal(p.getWeight()),
                                decimal(sum))));
            }
        }
        for (String level : rs.levels()) {
            Exact w = best.levelWeight(level);
            if (w == null) {
                continue;
            }
            Exact score = best.scoreOrNull(level);
            if (score != null && !score.equals(w)) {
                RuleRef r = best.levelWeightRule(level);
                problems.add(Problem.error("LINT_WEIGHT_SUM", r.location(), Message.of("LINT_WEIGHT_SUM.3", level,
                        decimal(score), decimal(w)), Message.of("LINT_WEIGHT_SUM.3.expected", level, decimal(w))));
            }
        }
    }

    /** Where a component no rule sets is named: the first aggregation rule file, else the rule set itself. */
    private static String aggregationFile(CompiledRuleSet rs) {
        return rs.rules().values().stream().filter(r -> r.file().endsWith("aggregation.drl")).map(RuleRef::file)
                .findFirst().orElse(folderOf(rs));
    }

    /** The name of the structure file, as the descriptor names it. */
    private static String structureFile(CompiledRuleSet rs) {
        return rs.descriptor().structure() == null ? StructureChecks.DEFAULT_FILE : rs.descriptor().structure();
    }

    private static String firstWeightRule(ScoredAreaPart p) {
        for (ScoredIndicator i : p.getIndicators()) {
            if (ScoreSheet.weightRule(i) != null) {
                return ScoreSheet.weightRule(i).location();
            }
        }
        return p.getId();
    }

    /**
     * The checks the structure requires for {@code target} exist, and the minimum of each lies between 0 and the
     * weight of what it checks (a component, an area, or the indicator a component is made of). A check the structure
     * does not require (a stricter internal target on another level) is the rule set's own affair.
     */
    private static void checkChecks(CompiledRuleSet rs, ScoreSheet best, Predikat target, String where,
                                    List<Problem> problems) {
        List<String> required = rs.model().requiredChecks(target);
        Map<String, Exact> max = new LinkedHashMap<>();
        for (RuleSetModel.Component c : rs.model().components()) {
            if (required.contains(c.id())) {
                max.put(c.id(), c.basis() == RuleSetModel.Basis.INDICATOR ? indicatorWeight(best, c.basisId())
                        : best.levelWeight(c.id()));
            }
        }
        for (ScoredArea a : best.areas().values()) {
            if (required.contains("AREA." + a.getCode())) {
                max.put("AREA." + a.getCode(), a.getWeight());
            }
        }
        Map<String, ScoreSheet.CheckDecision> checks = best.checks();
        for (String id : required) {
            if (!checks.containsKey(id)) {
                problems.add(Problem.error("LINT_THRESHOLD_MISSING", where, Message.of("LINT_THRESHOLD_MISSING", id,
                        target), Message.of("LINT_THRESHOLD_MISSING.expected",
                        target.name().toLowerCase(java.util.Locale.ROOT), id)));
            }
        }
        checks.forEach((id, d) -> {
            Exact m = max.get(id);
            if (d.required() != null && m != null
                    && (d.required().signum() < 0 || d.required().compareTo(m) > 0)) {
                RuleRef r = best.checkRule(id);
                problems.add(Problem.error("LINT_THRESHOLD_RANGE", r.location(), Message.of("LINT_THRESHOLD_RANGE",
                        id, target, decimal(d.required()), decimal(m)), Message.of("LINT_THRESHOLD_RANGE.expected",
                        decimal(m))));
            }
        });
    }

    private static Exact indicatorWeight(ScoreSheet card, String id) {
        ScoredIndicator i = card.indicators().get(id);
        return i == null ? null : i.getWeight();
    }

    private static String decimal(Exact e) {
        return e.round(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
