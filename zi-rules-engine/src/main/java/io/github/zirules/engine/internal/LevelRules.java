package io.github.zirules.engine.internal;

import io.github.zirules.rules.ScoredArea;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;

/**
 * Rules written once per level, compiled to one firing per evaluation. Policy staff write the aggregation and the
 * per-area checks as the regulation reads, one level at a time:
 *
 * <pre>
 * rule "Nilai bagian area = jumlah nilai indikatornya"
 * when
 *     $bagian : ScoredAreaPart()
 * then
 *     $bagian.setScore( $bagian.sumOfIndicatorScores() );
 * end
 * </pre>
 *
 * <p>As written, Drools would need every area part as a fact and would fire the rule once per part: 46 indicators, 16
 * area parts and 8 areas make 70 facts and 70 firings of each evaluation, most of Drools' own work. Such a rule is
 * compiled instead as if it read, on the score sheet, "for every area part, in the order the facts would have been
 * inserted": its pattern on the level becomes the sheet, and its consequence, exactly as written, runs once per
 * level with the same variable bound. The file, its lines and what a rule may write are unchanged; so are every
 * value, every decision's rule, the conflicts and the order-dependence checks (each level's decision is still made
 * by this rule, in the same order); rule coverage still counts the rule once per level
 * ({@link Level#count}). A level no pattern reads as a fact any more is not inserted
 * ({@link ItemPatterns#readsDirectly}).
 *
 * <p>Only a rule whose meaning cannot change is compiled so: its conditions are one unconstrained pattern on
 * {@code ScoredIndicator}, {@code ScoredAreaPart} or {@code ScoredArea} (no {@code from}, no other level) and at
 * most one pattern on {@code Scorecard} (any constraints, not naming the level's variable); its attributes are among
 * {@code salience} (a number), {@code ruleflow-group}, {@code agenda-group}, {@code no-loop} and {@code dialect
 * "java"}; it has no named
 * consequence and no parent; and its consequence says none of {@code return}, {@code break}, {@code continue},
 * {@code drools}, {@code kcontext}, {@code insert}, {@code update}, {@code modify}, {@code retract}, {@code delete}
 * (words that would mean something else inside a loop, or that a rule set should not use anyway). Any other rule is
 * compiled as written, one firing per level.
 */
final class LevelRules {

    /** The rule metadata that marks a compiled level rule, valued with the level's {@link Level} name. */
    static final String META = "zirulesLevelRule";

    /** The variable the rewritten rule binds the score sheet to, when the rule binds none of its own. */
    private static final String CARD = "$zirulesScoreSheet";

    private static final Pattern UNSAFE = Pattern.compile(
            "\\b(return|break|continue|drools|kcontext|insert|insertLogical|update|modify|retract|delete)\\b");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");
    private static final Set<String> ATTRIBUTES = Set.of("salience", "ruleflow-group", "agenda-group", "no-loop",
            "dialect");

    /** The levels a rule may be written for, with the score sheet's list of them in the facts' order. */
    enum Level {
        INDICATOR(ScoredIndicator.class, "getIndicators"),
        AREA_PART(ScoredAreaPart.class, "getAreaParts"),
        AREA(ScoredArea.class, "getAreas");

        final Class<?> type;
        final String list;

        Level(Class<?> type, String list) {
            this.type = type;
            this.list = list;
        }

        /** How many levels of this kind {@code card} has. */
        int count(Scorecard card) {
            return switch (this) {
                case INDICATOR -> card.getIndicators().size();
                case AREA_PART -> card.getAreaParts().size();
                case AREA -> card.getAreas().size();
            };
        }
    }

    private LevelRules() {
    }

    /**
     * Rewrites, in {@code pkg}, every rule written once per level that can be compiled to one firing per evaluation
     * (see the class comment), and marks it with {@link #META}. Line numbers stay those of the file: the loop opens on
     * the consequence's first line.
     *
     * @return how many rules were rewritten
     */
    static int compile(PackageDescr pkg) {
        int n = 0;
        for (RuleDescr rule : pkg.getRules()) {
            if (rewrite(pkg, rule)) {
                n++;
            }
        }
        return n;
    }

    private static boolean rewrite(PackageDescr pkg, RuleDescr rule) {
        if (rule.isQuery() || rule.hasParent() || !rule.getNamedConsequences().isEmpty()
                || !(rule.getConsequence() instanceof String consequence) || UNSAFE.matcher(consequence).find()) {
            return false;
        }
        for (Map.Entry<String, AttributeDescr> a : rule.getAttributes().entrySet()) {
            String value = a.getValue().getValue().trim();
            if (!ATTRIBUTES.contains(a.getKey()) || a.getKey().equals("salience") && !NUMBER.matcher(value).matches()
                    || a.getKey().equals("dialect") && !value.replace("\"", "").equals("java")) {
                return false;
            }
        }
        AndDescr lhs = rule.getLhs();
        if (lhs == null) {
            return false;
        }
        PatternDescr levelPattern = null;
        Level level = null;
        PatternDescr cardPattern = null;
        for (BaseDescr d : lhs.getDescrs()) {
            if (!(d instanceof PatternDescr p) || p.getSource() != null || p.isQuery() || p.isUnification()
                    || !p.getBehaviors().isEmpty()) {
                return false;
            }
            Class<?> type = resolve(pkg, p.getObjectType());
            Level l = levelOf(type);
            if (l != null) {
                if (levelPattern != null || p.getIdentifier() == null || !p.getDescrs().isEmpty()) {
                    return false;
                }
                levelPattern = p;
                level = l;
            } else if (type == Scorecard.class && cardPattern == null) {
                cardPattern = p;
            } else {
                return false;
            }
        }
        if (levelPattern == null) {
            return false;
        }
        String variable = levelPattern.getIdentifier();
        if (cardPattern != null && mentions(cardPattern, variable)) {
            return false;
        }
        String card;
        if (cardPattern == null) {
            // The level's pattern becomes the sheet's, in its place.
            levelPattern.setObjectType(Scorecard.class.getName());
            levelPattern.setIdentifier(CARD);
            card = CARD;
        } else {
            if (cardPattern.getIdentifier() == null) {
                cardPattern.setIdentifier(CARD);
            }
            card = cardPattern.getIdentifier();
            List<BaseDescr> kept = new ArrayList<>(lhs.getDescrs());
            kept.remove(levelPattern);
            AndDescr and = new AndDescr();
            and.copyLocation(lhs);
            kept.forEach(and::addDescr);
            rule.setLhs(and);
        }
        rule.setConsequence("for (" + level.type.getName() + " " + variable + " : " + card + "." + level.list
                + "()) {" + consequence + "\n}");
        rule.addAnnotation(META, "\"" + level.name() + "\"");
        return true;
    }

    /** Whether {@code pattern}'s constraints name {@code variable}. */
    private static boolean mentions(PatternDescr pattern, String variable) {
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(variable) + "(?![\\w$])");
        for (BaseDescr c : pattern.getDescrs()) {
            if (word.matcher(c.getText() == null ? String.valueOf(c) : c.getText()).find()) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Level levelOf(@Nullable Class<?> type) {
        for (Level l : Level.values()) {
            if (l.type == type) {
                return l;
            }
        }
        return null;
    }

    /**
     * The class {@code name} stands for in {@code pkg}: a qualified name of the vocabulary, or a simple name its
     * imports (one by one, or the vocabulary's package with {@code .*}) make one; null otherwise.
     */
    private static @Nullable Class<?> resolve(PackageDescr pkg, @Nullable String name) {
        if (name == null) {
            return null;
        }
        for (Class<?> c : List.of(ScoredIndicator.class, ScoredAreaPart.class, ScoredArea.class, Scorecard.class)) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (name.equals(c.getSimpleName())) {
                for (ImportDescr i : pkg.getImports()) {
                    String t = i.getTarget();
                    if (t.equals(c.getName()) || t.equals(c.getPackageName() + ".*")) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** The level {@code rule} was compiled for, if it is a compiled level rule; null otherwise. */
    static @Nullable Level levelOf(Rule rule) {
        if (!(rule instanceof RuleImpl impl)) {
            return null;
        }
        Object v = impl.getMetaData().get(META);
        if (v == null) {
            return null;
        }
        String s = v.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return Level.valueOf(s);
    }
}
