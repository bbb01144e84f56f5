package io.github.zirules.report.internal;

import io.github.zirules.api.Check;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.ScoreCheck;
import java.io.IOException;
import java.util.List;

/** The terminal report: aligned columns, ✓ and ✗, warnings summarised. */
public final class TextReport implements DocumentFormat {

    /** The questions and indicator names of the rule sets (never an assessment's text), safe on a terminal. */
    private static final RuleSetTexts<String> TERMINAL_QUESTIONS = new RuleSetTexts<>(Escape::terminal);

    /** The same, in UTF-8, for a report drawn as bytes. */
    private static final RuleSetTexts<Utf8Text> TERMINAL_QUESTIONS_UTF8 = new RuleSetTexts<>(q -> {
        String t = TERMINAL_QUESTIONS.of(q);
        return new Utf8Text(t.length() * 3).append(t).trimmed();
    });

    private final Texts tx;

    /** A text report in the language of {@code tx}. */
    public TextReport(Texts tx) {
        this.tx = tx;
    }

    /** A blank line: a report depends on no other, so it can be drawn ahead. */
    @Override
    public String separator() {
        return "\n";
    }

    @Override
    public void report(ReportView v, int index, Appendable out) throws IOException {
        if (index > 0) {
            out.append(separator());
        }
        out.append(v.title()).append('\n').append("═".repeat(v.title().length())).append('\n');
        String[] labels = {"Unit", tx.t("Instansi", "Agency"), tx.t("Tahun", "Year"), tx.t("Aturan", "Rule set"),
            tx.t("Usulan", "Seeking")};
        int w = 0;
        for (String l : labels) {
            w = Math.max(w, l.length());
        }
        field(out, labels[0], w, Escape.terminal(v.unitName()));
        if (v.agency() != null) {
            field(out, labels[1], w, Escape.terminal(v.agency()));
        }
        field(out, labels[2], w, Integer.toString(v.result().year()));
        field(out, labels[3], w, Escape.terminal(v.ruleSetLine()) + " (sha256 " + v.shortHash() + ")");
        field(out, labels[4], w, tx.predicateLong(v.target()));
        out.append('\n').append(Texts.mark(v.result().eligible())).append(' ').append(v.verdictLine()).append("\n\n");
        scores(v, out);
        areas(v, out);
        checks(v, out);
        warnings(v, out);
        items(v, out);
    }

    /**
     * Every item on its own line (id, answer, value, points), then its question (or its indicator's name) and each
     * piece of evidence listed for it, indented.
     */
    private void items(ReportView v, Appendable out) throws IOException {
        List<ReportView.ItemRow> rows = v.items();
        if (rows.isEmpty()) {
            return;
        }
        out.append('\n').append(v.itemsHeading()).append('\n');
        for (ReportView.ItemRow i : rows) {
            out.append("  ");
            padded(out, i.score().item().value(), 14).append(' ');
            padded(out, Escape.terminal(tx.answer(i.score().answer())), 14).append(' ');
            spaces(out, 6, tx.decimal(i.score().value())).append("  ");
            spaces(out, 5, tx.points(i.score().points())).append(tx.t(" poin", " points")).append('\n');
            String q = i.question() != null ? i.question() : i.indicatorName();
            if (q != null) {
                out.append("      ");
                if (out instanceof Utf8Text utf8) {
                    utf8.append(TERMINAL_QUESTIONS_UTF8.of(q));
                } else {
                    out.append(TERMINAL_QUESTIONS.of(q));
                }
                out.append('\n');
            }
            for (Evidence e : i.evidence()) {
                out.append("      ").append(tx.t("data dukung: ", "evidence: "));
                v.appendEvidence(e, t -> terminal(out, t), out);
                out.append('\n');
            }
        }
    }

    private static void field(Appendable out, String label, int width, String value) throws IOException {
        out.append(pad(label, width)).append(" : ").append(value).append('\n');
    }

    private void scores(ReportView v, Appendable out) throws IOException {
        out.append(tx.t("Nilai", "Scores")).append('\n');
        for (ReportView.ScoreLine l : v.scoreLines()) {
            String label = "  ".repeat(l.depth() + 1) + Escape.terminal(l.label());
            out.append(pad(label, 34)).append(left(tx.points(l.value()), 7)).append('\n');
        }
        out.append('\n');
    }

    private void areas(ReportView v, Appendable out) throws IOException {
        List<ReportView.AreaRow> rows = v.areas();
        if (rows.isEmpty()) {
            return;
        }
        int nameWidth = 0;
        for (ReportView.AreaRow r : rows) {
            nameWidth = Math.max(nameWidth, Escape.terminal(r.name()).length());
        }
        out.append(pad(tx.t("Area perubahan", "Change areas"), 9 + nameWidth)).append(left(tx.t("nilai", "score"), 7))
                .append("  ").append(left("min. " + v.target().name(), 9)).append('\n');
        for (ReportView.AreaRow r : rows) {
            ScoreCheck c = r.check();
            String mark = c == null ? " " : Texts.mark(c.passed());
            out.append("  ").append(mark).append(' ').append(pad(Escape.terminal(r.code()), 4)).append(' ')
                    .append(pad(Escape.terminal(r.name()), nameWidth)).append(left(tx.points(r.score()), 7)).append("  ")
                    .append(left(c != null ? tx.points(c.required()) : "", 9));
            if (r.share() != null) {
                out.append("  (").append(tx.percent(r.share())).append(tx.t(" dari bobot ", " of weight "))
                        .append(tx.points(r.weight())).append(')');
            }
            if (c != null && c.shortfall() != null) {
                out.append("  ").append(tx.shortfall(c.shortfall()));
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void checks(ReportView v, Appendable out) throws IOException {
        List<Check> checks = v.checks();
        long passed = checks.stream().filter(Check::passed).count();
        out.append(v.checksHeading()).append(" (").append(tx.t(passed + " dari " + checks.size() + " terpenuhi",
                passed + " of " + checks.size() + " passed")).append(")\n");
        int w = 0;
        for (Check c : checks) {
            w = Math.max(w, Escape.terminal(v.names().check(c.id())).length());
        }
        for (Check c : checks) {
            out.append("  ").append(Texts.mark(c.passed())).append(' ')
                    .append(pad(Escape.terminal(v.names().check(c.id())), w))
                    .append("  ").append(comparison(c));
            String shortfall = tx.shortfallOf(c);
            if (!shortfall.isEmpty()) {
                out.append("  ").append(shortfall);
            }
            out.append('\n');
        }
        out.append('\n');
    }

    /** {@code  84,57 ≥  75,00}, numbers right-aligned; a grade check as {@code WDP   (minimal WTP)}. */
    private String comparison(Check c) {
        if (!(c instanceof ScoreCheck)) {
            return left(tx.actual(c), 6) + tx.t("   (minimal ", "   (at least ") + tx.required(c) + ")";
        }
        return left(tx.actual(c), 6) + (c.passed() ? " ≥ " : " < ") + left(tx.required(c), 6);
    }

    private void warnings(ReportView v, Appendable out) throws IOException {
        List<WarningDigest.Line> lines = v.warnings();
        if (lines.isEmpty()) {
            out.append(tx.t("Tidak ada peringatan.", "No warnings.")).append('\n');
            return;
        }
        out.append(v.warningsHeading()).append('\n');
        for (WarningDigest.Line l : lines) {
            out.append("  • ").append(Escape.terminal((l.isSummary() ? "" : l.location() + ": ")
                    + v.warningText(l))).append('\n');
        }
    }

    @Override
    public void end(int count, int eligible, Appendable out) throws IOException {
        if (count > 1) {
            out.append('\n').append(summary(tx, count, eligible)).append('\n');
        }
    }

    /** "Ringkasan: 3 penilaian, 2 memenuhi syarat, 1 tidak memenuhi syarat." */
    static String summary(Texts tx, int count, int eligible) {
        return tx.t("Ringkasan: " + count + " penilaian, " + eligible + " memenuhi syarat, " + (count - eligible)
                        + " tidak memenuhi syarat.",
                "Summary: " + count + " assessments, " + eligible + " eligible, " + (count - eligible)
                        + " not eligible.");
    }

    /** {@code s} padded with spaces on the right to {@code width} characters (code points). */
    static String pad(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }

    /** {@code s} made safe for a terminal ({@link Escape#terminal}) appended to {@code out}. */
    private static void terminal(Appendable out, String s) throws IOException {
        if (out instanceof Utf8Text utf8) {
            utf8.appendTerminal(s);
        } else {
            out.append(Escape.terminal(s));
        }
    }

    /** {@link #pad} appended to {@code out}, without a string of its own. */
    private static Appendable padded(Appendable out, String s, int width) throws IOException {
        out.append(s);
        for (int n = s.codePointCount(0, s.length()); n < width; n++) {
            out.append(' ');
        }
        return out;
    }

    /** {@link #left} appended to {@code out}: the spaces before {@code s}, then {@code s}. */
    private static Appendable spaces(Appendable out, int width, String s) throws IOException {
        for (int n = s.codePointCount(0, s.length()); n < width; n++) {
            out.append(' ');
        }
        return out.append(s);
    }

    /** {@code s} padded with spaces on the left to {@code width} characters. */
    static String left(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : " ".repeat(width - n) + s;
    }
}
