package io.github.zirules.report.internal;

import io.github.zirules.api.Check;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.ScoreNode;
import io.github.zirules.api.Unit;
import io.github.zirules.engine.Catalog;
import io.github.zirules.report.AreaScale;
import io.github.zirules.report.ReportInput;
import io.github.zirules.report.ReportOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What every format shows of one result, worked out once: the unit line, the verdict sentence, the score tree, the
 * change areas against their minimums (with shares of weight when the scale is known), the checks and the warnings.
 * Areas, components and checks are named as the rule set's structure names them ({@link StructureNames}), in the
 * report's language. Plain text; each format escapes it as it must.
 */
public final class ReportView {

    private final Result result;
    private final ReportInput input;
    private final ReportOptions options;
    private final Texts tx;
    private final AreaScale scale;
    private final boolean allWarnings;
    private final StructureNames names;

    /** The view of {@code result} alone with {@code options}. */
    public ReportView(Result result, ReportOptions options) {
        this(ReportInput.of(result), options);
    }

    /** The view of {@code input} with {@code options}; the input's scale, when known, wins over the options'. */
    public ReportView(ReportInput input, ReportOptions options) {
        this.input = input;
        this.result = input.result();
        this.options = options;
        this.tx = new Texts(options.language());
        this.scale = input.scale().isKnown() ? input.scale() : options.scale();
        this.allWarnings = options.allWarnings();
        this.names = StructureNames.of(result.ruleSet().id(), input.instrument(), tx);
    }

    /** The options. */
    public ReportOptions options() {
        return options;
    }

    /** The result. */
    public Result result() {
        return result;
    }

    /** The texts. */
    public Texts texts() {
        return tx;
    }

    /** The report's title. */
    public String title() {
        return tx.t("Laporan Penilaian Zona Integritas", "Zona Integritas Assessment Report");
    }

    /** "KPKNL Jakarta I (KPKNL-JKT1)", or the id alone when the unit has no name. */
    public String unitName() {
        Unit u = result.unit();
        return u.name() == null || u.name().isBlank() ? u.id() : u.name() + " (" + u.id() + ")";
    }

    /** The unit's agency, or null. */
    public String agency() {
        String a = result.unit().agency();
        return a == null || a.isBlank() ? null : a;
    }

    /**
     * "permenpan-rb-90-2021 versi 2021.1.0"; a rule set that is not a built-in one exactly (an agency's, or an edited
     * copy) is marked so, so that no report scored with edited rules can pass for the regulation's.
     */
    public String ruleSetLine() {
        String builtIn = Catalog.builtInHash(result.ruleSet().id());
        boolean own = builtIn == null || !builtIn.equals(result.ruleSet().sha256());
        return result.ruleSet().id() + tx.t(" versi ", " version ") + result.ruleSet().version()
                + (result.ruleSet().provisional() ? tx.t(" (sementara)", " (provisional)") : "")
                + (own ? tx.t(" — BUKAN aturan bawaan", " — NOT a built-in rule set") : "");
    }

    /** The first 12 hex digits of the rule set's SHA-256. */
    public String shortHash() {
        String h = result.ruleSet().sha256();
        return h.length() > 12 ? h.substring(0, 12) : h;
    }

    /** The target predicate. */
    public Predikat target() {
        return result.verdict().target();
    }

    /**
     * "MEMENUHI SYARAT untuk diusulkan Menuju WBK", or "TIDAK MEMENUHI SYARAT untuk Menuju WBK (1 dari 12 syarat
     * tidak terpenuhi): Survei persepsi anti korupsi (IPAK) kurang 0,13 poin": every failed check by name, with its
     * shortfall or the grade held against the grade required.
     */
    public String verdictLine() {
        String p = Texts.predicate(target());
        if (result.eligible()) {
            return tx.t("MEMENUHI SYARAT untuk diusulkan " + p, "ELIGIBLE to be proposed for " + p);
        }
        int failed = result.verdict().failedChecks().size();
        int all = result.verdict().checks().size();
        return tx.t("TIDAK MEMENUHI SYARAT untuk " + p + " (" + failed + " dari " + all + " syarat tidak terpenuhi): ",
                "NOT ELIGIBLE for " + p + " (" + failed + " of " + all + " checks failed): ") + failedChecks();
    }

    /** Every failed check with what it lacks, joined by "; ". */
    public String failedChecks() {
        List<String> parts = new ArrayList<>();
        for (Check c : result.verdict().failedChecks()) {
            parts.add(names.check(c.id()) + " " + (c instanceof ScoreCheck ? tx.shortfallOf(c)
                    : tx.t(tx.actual(c) + ", minimal " + tx.required(c), tx.actual(c) + ", at least " + tx.required(c))));
        }
        return String.join("; ", parts);
    }

    /**
     * One item as a report lists it.
     *
     * @param score how it was scored
     * @param indicatorName its indicator's name, or null when the instrument is not known
     * @param question its question, or null when unknown or empty
     * @param evidence the evidence listed for it
     */
    public record ItemRow(ItemScore score, String indicatorName, String question, List<Evidence> evidence) {
    }

    /** Every item of the result, in LKE order, with its question and evidence when known. */
    public List<ItemRow> items() {
        List<ItemRow> rows = new ArrayList<>(result.items().size());
        for (ItemScore i : result.items()) {
            Item item = input.item(i.item()).orElse(null);
            String q = item == null || item.question().isBlank() ? null
                    : ONE_LINE_QUESTIONS.of(item.question());
            rows.add(new ItemRow(i, item == null ? null : item.indicatorName(), q, input.evidence(i.item())));
        }
        return rows;
    }

    /** The questions of the rule sets, each on one line, kept once made. */
    private static final RuleSetTexts<String> ONE_LINE_QUESTIONS = new RuleSetTexts<>(ReportView::oneLine);

    /** {@code s} stripped, each run of ASCII white space ({@code \\s}: space, tab, line breaks) made one space. */
    static String oneLine(String s) {
        String t = s.strip();
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isSpace(c)) {
                b.append(c);
            } else if (b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    /** "Rincian butir (113)". */
    public String itemsHeading() {
        return tx.t("Rincian butir", "Item by item") + " (" + result.items().size() + ")";
    }

    /** One piece of evidence as text: "SK Tim Kerja ZI 2026 — https://… (sha256 0123456789ab…)". */
    public String evidenceText(Evidence e) {
        StringBuilder b = new StringBuilder();
        try {
            appendEvidence(e, b::append, b);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return b.toString();
    }

    /** Appends a text of an assessment to a report, escaped as its format escapes it. */
    @FunctionalInterface
    public interface Escaped {

        /** Appends {@code text}, escaped. */
        void append(String text) throws IOException;
    }

    /**
     * {@link #evidenceText} of {@code e} appended to {@code out}, each of its parts through {@code escaped} (for an
     * escape that works character by character, the same as escaping the whole).
     */
    public void appendEvidence(Evidence e, Escaped escaped, Appendable out) throws IOException {
        escaped.append(e.title());
        if (e.uri() != null) {
            out.append(" — ");
            escaped.append(e.uri());
        }
        if (e.sha256() != null) {
            out.append(" (sha256 ");
            escaped.append(e.sha256());
            out.append(')');
        }
    }

    /**
     * One line of the score tree.
     *
     * @param depth how deep it is (the total 0)
     * @param id the component's id ({@code PENGUNGKIT})
     * @param label its name in the report's language
     * @param value its score
     */
    public record ScoreLine(int depth, String id, String label, BigDecimal value) {
    }

    /**
     * The score components of the result's score tree, root first, each under its parent and named as the
     * structure names it (Total; Pengungkit (Pemenuhan, Reform); Hasil (BBA (IPAK, KINERJA), IPKP) for 90/2021). A
     * component made of one component alone (PPP of IPKP) is shown once, by that part.
     */
    public List<ScoreLine> scoreLines() {
        List<ScoreLine> lines = new ArrayList<>();
        StructureNames.listed(result.scoreTree().root(), 0, n -> n.children().stream()
                .filter(c -> c.kind() == ScoreNode.Kind.COMPONENT).toList(),
                (depth, n) -> lines.add(new ScoreLine(depth, n.id(), names.component(n.id()), n.score())));
        return lines;
    }

    /** The names of the result's areas, components and checks, from its rule set's structure. */
    public StructureNames names() {
        return names;
    }

    /**
     * One change area.
     *
     * @param code the area's code ({@code MP})
     * @param name its name in the report's language
     * @param score its score
     * @param check the target's check of it, or null if the target has none
     * @param weight its weight, or null if the scale is unknown
     * @param share its score as a share of its weight, or null
     * @param minimumShares per predicate, its minimum as a share of its weight (the target's from its check)
     */
    public record AreaRow(String code, String name, BigDecimal score, ScoreCheck check, BigDecimal weight,
                          BigDecimal share, Map<Predikat, BigDecimal> minimumShares) {
    }

    /** The areas of the result, in the rule set's order. */
    public List<AreaRow> areas() {
        List<AreaRow> rows = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : result.scoreTree().areas().entrySet()) {
            String a = e.getKey();
            ScoreCheck c = result.verdict().scoreCheck("AREA." + a).orElse(null);
            BigDecimal w = scale.weight(a).orElse(null);
            Map<Predikat, BigDecimal> mins = new EnumMap<>(Predikat.class);
            if (w != null) {
                for (Predikat p : Predikat.values()) {
                    BigDecimal req = p == target() ? (c != null ? c.required() : null)
                            : scale.minimum(p, a).orElse(null);
                    if (req != null) {
                        mins.put(p, req.divide(w, MathContext.DECIMAL64));
                    }
                }
            }
            rows.add(new AreaRow(a, names.area(a), e.getValue(), c, w, w == null ? null : e.getValue().divide(w,
                    MathContext.DECIMAL64), mins));
        }
        return rows;
    }

    /** "Enam area perubahan" / "The six change areas": the heading of the areas, with their number. */
    public String areasHeading() {
        return tx.areas(result.scoreTree().areas().size());
    }

    /** Whether the chart can be drawn: the scale knows every area's weight. */
    public boolean hasChart() {
        return !result.scoreTree().areas().isEmpty()
                && result.scoreTree().areas().keySet().stream().allMatch(a -> scale.weight(a).isPresent());
    }

    /** Every check of the target, in order. */
    public List<Check> checks() {
        return result.verdict().checks();
    }

    /** "Syarat Menuju WBK". */
    public String checksHeading() {
        return tx.t("Syarat ", "Checks for ") + Texts.predicate(target());
    }

    /** The warnings, summarised unless all were asked for. */
    public List<WarningDigest.Line> warnings() {
        return WarningDigest.of(result.warnings(), tx, allWarnings);
    }

    /** "Peringatan (3)". */
    public String warningsHeading() {
        return tx.t("Peringatan", "Warnings") + " (" + result.warnings().size() + ")";
    }

    /** The text of a digest line: the message, or the summary with its first locations. */
    public String warningText(WarningDigest.Line l) {
        if (!l.isSummary()) {
            return l.text();
        }
        return l.text() + ": " + String.join(", ", l.locations()) + (l.more() > 0 ? " " + tx.andMore(l.more()) : "");
    }
}
