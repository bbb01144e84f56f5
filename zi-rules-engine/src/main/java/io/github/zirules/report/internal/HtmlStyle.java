package io.github.zirules.report.internal;

/** The inline style sheet of the HTML report: system fonts only, readable on screen and on paper. */
final class HtmlStyle {

    /** The CSS, ending with a newline. */
    static final String CSS = """
            :root { --ok: #2e7d32; --fail: #c62828; --ink: #1d2329; --muted: #5f6b76; --line: #dde1e6; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f4f6f8; color: var(--ink);
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
            main { max-width: 980px; margin: 0 auto; padding: 24px; }
            article.report { background: #fff; border: 1px solid var(--line); border-radius: 8px;
              padding: 28px 32px; margin: 0 0 28px; }
            .kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; font-size: 12px; }
            h1 { margin: 4px 0 0; font-size: 26px; line-height: 1.25; }
            h1 .id { font-weight: normal; color: var(--muted); font-size: 15px; margin-left: 6px; }
            .agency { margin: 2px 0 0; color: var(--muted); }
            h2 { font-size: 18px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            .verdict { margin: 16px 0; padding: 12px 16px; border-radius: 6px; font-weight: 600; font-size: 17px; }
            .verdict.ok { background: #e8f5e9; color: #1b5e20; border-left: 6px solid var(--ok); }
            .verdict.fail { background: #ffebee; color: #b71c1c; border-left: 6px solid var(--fail); }
            dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; color: var(--muted); }
            dl.meta dt { font-weight: 600; }
            dl.meta dd { margin: 0; }
            table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
            th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
            th { font-size: 13px; color: var(--muted); font-weight: 600; }
            .num { text-align: right; white-space: nowrap; }
            table.scores { max-width: 420px; }
            tr.total td { font-weight: 700; font-size: 16px; }
            td.d1 { padding-left: 26px; } td.d2 { padding-left: 46px; } td.d3 { padding-left: 66px; }
            tr.fail td { background: #fff5f5; }
            .mark { font-weight: 700; }
            .mark.ok, .verdict.ok .mark { color: var(--ok); }
            .mark.fail, .verdict.fail .mark { color: var(--fail); }
            .short { color: var(--fail); font-weight: 600; white-space: nowrap; }
            figure { margin: 8px 0 16px; }
            figcaption { color: var(--muted); font-size: 13px; }
            code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
            ul.warnings { padding-left: 20px; }
            details { margin: 8px 0; }
            summary { cursor: pointer; color: #0d47a1; }
            td.rule { color: var(--muted); font-size: 13px; }
            footer { margin-top: 24px; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
            .summary { font-weight: 600; }
            @media print { body { background: #fff; } main { padding: 0; }
              article.report { border: 0; padding: 0; break-after: page; } }
            """;

    private HtmlStyle() {
    }
}
