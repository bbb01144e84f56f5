package io.github.zirules.report.internal;

/** The inline style sheet of the HTML report: system fonts only, readable on screen and on paper. */
final class HtmlStyle {

    /** The CSS, ending with a newline. */
    static final String CSS = """
            :root { --ok: #2e7d32; --fail: #c62828; --ink: #1d2329; --muted: #5f6b76; --line: #dde1e6; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f4f6f8; color: var(--ink);
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
            main { max-width: 980px; margin: 0 auto; padding: 24px; display: flex; flex-direction: column; }
            section.units { order: -1; background: #fff; border: 1px solid var(--line); border-radius: 8px;
              padding: 20px 28px; margin: 0 0 28px; }
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
            td.rule, div.rule { color: var(--muted); font-size: 12px; }
            div.q { font-size: 13px; margin-top: 2px; }
            ul.evidence { margin: 0; padding-left: 16px; font-size: 13px; }
            code.hash, .uri { color: var(--muted); font-size: 11px; overflow-wrap: anywhere; }
            footer { margin-top: 24px; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
            .summary { font-weight: 600; }
            @media print { body { background: #fff; } main { padding: 0; }
              article.report { border: 0; padding: 0; break-after: page; } }
            """;

    /**
     * The style sheet for paper, as openhtmltopdf (CSS 2.1 with paged media) reads it: A4 with margins, the page
     * number and a running footer (date, unit, rule set hash) on every page, no heading alone at the foot of a page,
     * table headers repeated, rows never split. No custom properties, no grid, no flex.
     */
    static final String PRINT_CSS = """
            @page { size: A4; margin: 18mm 16mm 22mm 16mm;
              @bottom-left { content: element(foot); }
              @bottom-right { content: "Hal. " counter(page) " / " counter(pages); font-size: 8pt; color: #5f6b76;
                font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; } }
            body { margin: 0; color: #1d2329; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
              font-size: 9.5pt; line-height: 1.4; }
            .runfoot { position: running(foot); font-size: 8pt; color: #5f6b76; }
            article.report { page-break-after: always; }
            article.report:last-child { page-break-after: auto; }
            section.units { page-break-after: always; }
            .kicker { margin: 0; color: #5f6b76; text-transform: uppercase; font-size: 8pt; }
            h1 { margin: 2pt 0 0; font-size: 16pt; }
            h1 .id { font-weight: normal; color: #5f6b76; font-size: 10pt; }
            h2 { font-size: 12pt; margin: 14pt 0 6pt; border-bottom: 1px solid #dde1e6; padding-bottom: 2pt;
              page-break-after: avoid; }
            .agency { margin: 0; color: #5f6b76; }
            .verdict { margin: 10pt 0; padding: 6pt 10pt; font-weight: bold; font-size: 11pt; }
            .verdict.ok { background: #e8f5e9; color: #1b5e20; border-left: 4pt solid #2e7d32; }
            .verdict.fail { background: #ffebee; color: #b71c1c; border-left: 4pt solid #c62828; }
            dl.meta { margin: 0; color: #5f6b76; }
            dl.meta dt { font-weight: bold; float: left; width: 28mm; }
            dl.meta dd { margin: 0 0 0 30mm; }
            table { border-collapse: collapse; width: 100%; -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            table.items td:first-child { width: 50%; }
            tr { page-break-inside: avoid; }
            th, td { padding: 3pt 5pt; border-bottom: 1px solid #dde1e6; text-align: left; vertical-align: top; }
            th { font-size: 8.5pt; color: #5f6b76; }
            .num { text-align: right; white-space: nowrap; }
            table.scores { width: 60%; }
            tr.total td { font-weight: bold; }
            td.d1 { padding-left: 14pt; } td.d2 { padding-left: 26pt; } td.d3 { padding-left: 38pt; }
            tr.fail td { background: #fff5f5; }
            .mark.ok { color: #2e7d32; font-weight: bold; }
            .mark.fail { color: #c62828; font-weight: bold; }
            .short { color: #c62828; font-weight: bold; }
            code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt; }
            div.q { font-size: 8.5pt; }
            div.rule, .uri, code.hash { color: #5f6b76; font-size: 7pt; word-wrap: break-word; }
            ul.evidence { margin: 0; padding-left: 10pt; font-size: 8.5pt; }
            ul.warnings { padding-left: 14pt; }
            div.closing { page-break-inside: avoid; }
            section.sign { margin-top: 18pt; margin-left: 55%; page-break-inside: avoid; }
            section.sign p { margin: 2pt 0; }
            p.signline { padding-top: 42pt; border-bottom: 1px solid #1d2329; }
            .muted, footer { color: #5f6b76; font-size: 8pt; }
            footer { margin-top: 12pt; word-wrap: break-word; }
            """;

    private HtmlStyle() {
    }
}
