package io.github.zirules.report.internal;

import io.github.zirules.api.Predikat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inline SVG chart of the change areas (as many as the rule set declares): each area's score as a share of its
 * weight, one bar per area, with a mark at each predicate's minimum share (from the rule set: the target's from the
 * result's checks, the others' from {@link io.github.zirules.report.AreaScale}). Every number is also in the text of
 * the chart ({@code <title>}, {@code <desc>}) for screen readers.
 */
final class SvgChart {

    private static final int WIDTH = 720;
    private static final int LABEL_X = 16;
    private static final int BAR_X = 16;
    private static final int BAR_W = 480;
    private static final int ROW_H = 46;
    private static final int LEGEND_LINE = 20;
    private static final String[] LINE_COLOURS = {"#0d47a1", "#6a1b9a", "#e65100"};
    private static final String[] LINE_DASHES = {"6 3", "2 3", "8 3 2 3"};

    private SvgChart() {
    }

    /** The chart of {@code v}; call only when {@link ReportView#hasChart()}. */
    static String svg(ReportView v, String idPrefix) {
        Texts tx = v.texts();
        List<ReportView.AreaRow> rows = v.areas();
        List<Predikat> preds = predicates(v, rows);
        int top = LEGEND_LINE * (preds.size() + 1) + 22;
        int height = top + rows.size() * ROW_H + 28;
        StringBuilder b = new StringBuilder();
        String n = tx.number(rows.size());
        String title = tx.t("Nilai " + n + " area perubahan sebagai persentase bobotnya",
                "The " + n + " change areas as a percentage of their weight");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(idPrefix)
                .append("-t ").append(idPrefix).append("-d\" font-family=\"system-ui, -apple-system, 'Segoe UI', "
                        + "Roboto, Arial, sans-serif\" font-size=\"13\">\n");
        b.append("<title id=\"").append(idPrefix).append("-t\">").append(Escape.html(title)).append("</title>\n");
        b.append("<desc id=\"").append(idPrefix).append("-d\">").append(Escape.html(description(v, rows, preds)))
                .append("</desc>\n");
        legend(b, tx, v, rows, preds);
        int axisBottom = top + rows.size() * ROW_H;
        for (int pct = 0; pct <= 100; pct += 50) {
            int x = BAR_X + BAR_W * pct / 100;
            b.append("<line x1=\"").append(x).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(axisBottom).append("\" stroke=\"#d0d4da\" stroke-width=\"1\"/>\n");
            b.append("<text x=\"").append(x).append("\" y=\"").append(axisBottom + 16)
                    .append("\" text-anchor=\"middle\" fill=\"#555\">").append(pct).append(" %</text>\n");
        }
        for (int i = 0; i < rows.size(); i++) {
            row(b, tx, rows.get(i), preds, top + i * ROW_H);
        }
        b.append("</svg>\n");
        return b.toString();
    }

    /**
     * The caption of the chart, made from what the chart draws: the bars and their colours, and a line for each
     * predicate drawn, with its minimum share when every area has the same one.
     */
    static String caption(ReportView v) {
        Texts tx = v.texts();
        List<ReportView.AreaRow> rows = v.areas();
        List<String> lines = new ArrayList<>();
        for (Predikat p : predicates(v, rows)) {
            String share = commonShare(tx, rows, p);
            lines.add(Texts.predicate(p) + (share == null ? "" : " (" + share + ")"));
        }
        String target = Texts.predicate(v.target());
        return tx.t("Batang: nilai setiap area sebagai persentase bobotnya (hijau: memenuhi minimum " + target
                        + ", merah: di bawahnya). Garis: minimum " + String.join(", ", lines) + " menurut aturan.",
                "Bars: each area's score as a percentage of its weight (green: meets the minimum for " + target
                        + ", red: below it). Lines: the minimum for " + String.join(", ", lines)
                        + " under the rules.");
    }

    private static List<Predikat> predicates(ReportView v, List<ReportView.AreaRow> rows) {
        Set<Predikat> ps = new LinkedHashSet<>();
        for (ReportView.AreaRow r : rows) {
            ps.addAll(r.minimumShares().keySet());
        }
        List<Predikat> out = new ArrayList<>(ps);
        out.sort(null);
        return out.subList(0, Math.min(out.size(), LINE_COLOURS.length));
    }

    private static void legend(StringBuilder b, Texts tx, ReportView v, List<ReportView.AreaRow> rows,
                               List<Predikat> preds) {
        int y = 16;
        for (int i = 0; i < preds.size(); i++, y += LEGEND_LINE) {
            Predikat p = preds.get(i);
            b.append("<line x1=\"").append(BAR_X).append("\" y1=\"").append(y - 4).append("\" x2=\"")
                    .append(BAR_X + 24).append("\" y2=\"").append(y - 4).append("\" stroke=\"").append(LINE_COLOURS[i])
                    .append("\" stroke-width=\"3\" stroke-dasharray=\"").append(LINE_DASHES[i]).append("\"/>\n");
            String share = commonShare(tx, rows, p);
            String label = tx.t("Minimum ", "Minimum for ") + Texts.predicate(p)
                    + (share == null ? "" : ": " + share + tx.t(" dari bobot", " of the weight"))
                    + (p == v.target() ? tx.t(" (predikat yang diusulkan)", " (the predicate sought)") : "");
            b.append("<text x=\"").append(BAR_X + 32).append("\" y=\"").append(y).append("\" fill=\"#222\">")
                    .append(Escape.html(label)).append("</text>\n");
        }
        b.append("<rect x=\"").append(BAR_X).append("\" y=\"").append(y - 10)
                .append("\" width=\"14\" height=\"10\" fill=\"#2e7d32\"/><text x=\"").append(BAR_X + 20)
                .append("\" y=\"").append(y).append("\" fill=\"#222\">")
                .append(Escape.html(tx.t("memenuhi minimum ", "meets the minimum for ") + Texts.predicate(v.target())))
                .append("</text>\n");
        b.append("<rect x=\"").append(BAR_X + 300).append("\" y=\"").append(y - 10)
                .append("\" width=\"14\" height=\"10\" fill=\"#c62828\"/><text x=\"").append(BAR_X + 320)
                .append("\" y=\"").append(y).append("\" fill=\"#222\">")
                .append(Escape.html(tx.t("di bawah minimum ", "below the minimum for ") + Texts.predicate(v.target())))
                .append("</text>\n");
    }

    /** The minimum share of {@code p} when every area has the same one ("60 %"), else null. */
    private static String commonShare(Texts tx, List<ReportView.AreaRow> rows, Predikat p) {
        BigDecimal common = null;
        for (ReportView.AreaRow r : rows) {
            BigDecimal s = r.minimumShares().get(p);
            if (s == null) {
                return null;
            }
            BigDecimal rounded = s.setScale(3, RoundingMode.HALF_UP);
            if (common != null && common.compareTo(rounded) != 0) {
                return null;
            }
            common = rounded;
        }
        return common == null ? null : tx.percent(common);
    }

    private static void row(StringBuilder b, Texts tx, ReportView.AreaRow r, List<Predikat> preds, int y) {
        boolean failed = r.check() != null && !r.check().passed();
        String colour = r.check() == null ? "#546e7a" : failed ? "#c62828" : "#2e7d32";
        b.append("<text x=\"").append(LABEL_X).append("\" y=\"").append(y + 13).append("\" fill=\"#222\">")
                .append("<tspan font-weight=\"bold\">").append(Escape.html(r.code())).append("</tspan> ")
                .append(Escape.html(r.name())).append("</text>\n");
        b.append("<rect x=\"").append(BAR_X).append("\" y=\"").append(y + 19).append("\" width=\"").append(BAR_W)
                .append("\" height=\"16\" fill=\"#eef0f3\"/>\n");
        b.append("<rect x=\"").append(BAR_X).append("\" y=\"").append(y + 19).append("\" width=\"")
                .append(px(r.share())).append("\" height=\"16\" fill=\"").append(colour).append("\"/>\n");
        for (int i = 0; i < preds.size(); i++) {
            BigDecimal s = r.minimumShares().get(preds.get(i));
            if (s != null) {
                String x = new BigDecimal(px(s)).add(BigDecimal.valueOf(BAR_X)).toPlainString();
                b.append("<line x1=\"").append(x).append("\" y1=\"").append(y + 15).append("\" x2=\"").append(x)
                        .append("\" y2=\"").append(y + 39).append("\" stroke=\"").append(LINE_COLOURS[i])
                        .append("\" stroke-width=\"2.5\" stroke-dasharray=\"").append(LINE_DASHES[i]).append("\"/>\n");
            }
        }
        String value = tx.points(r.score()) + " / " + tx.points(r.weight()) + " · " + tx.percent(r.share());
        b.append("<text x=\"").append(BAR_X + BAR_W + 10).append("\" y=\"").append(y + 32).append("\" fill=\"")
                .append(failed ? "#b71c1c" : "#222").append("\">").append(Escape.html(value)).append("</text>\n");
    }

    private static String description(ReportView v, List<ReportView.AreaRow> rows, List<Predikat> preds) {
        Texts tx = v.texts();
        StringBuilder d = new StringBuilder();
        for (ReportView.AreaRow r : rows) {
            if (d.length() > 0) {
                d.append("; ");
            }
            d.append(r.code()).append(' ').append(tx.points(r.score())).append(" / ")
                    .append(tx.points(r.weight())).append(" = ").append(tx.percent(r.share()));
            for (Predikat p : preds) {
                BigDecimal s = r.minimumShares().get(p);
                if (s != null) {
                    d.append(", minimum ").append(p.name()).append(' ').append(tx.percent(s));
                }
            }
        }
        return d.append('.').toString();
    }

    /** {@code share} (clamped to 0 … 1) of the bar's width, with at most one decimal: exact, the same everywhere. */
    private static String px(BigDecimal share) {
        BigDecimal c = share.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return c.multiply(BigDecimal.valueOf(BAR_W)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
