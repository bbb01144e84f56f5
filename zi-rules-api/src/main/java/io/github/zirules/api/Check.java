package io.github.zirules.api;

/**
 * One check of a predicate: a minimum score ({@link ScoreCheck}) or a prerequisite grade ({@link GradeCheck}).
 * Sealed: a check is exactly one of the two, so no check holds points and grades at once, or neither.
 *
 * <pre>{@code
 * for (Check c : result.verdict().failedChecks()) {
 *     if (c instanceof ScoreCheck s) {
 *         System.out.println(s.id() + " kurang " + s.shortfall() + " poin");
 *     } else if (c instanceof GradeCheck g) {
 *         System.out.println(g.id() + ": " + g.actual() + ", minimal " + g.required());
 *     }
 * }
 * }</pre>
 */
public sealed interface Check permits ScoreCheck, GradeCheck {

    /** The check id, as in the zi-report/1 format, e.g. {@code AREA.MP}. */
    String id();

    /** Whether the check passed. */
    boolean passed();

    /** The name of the rule that made the check. */
    String rule();

    /** The required value as text: points with 2 decimals, or the grade. */
    String requiredText();

    /** The actual value as text: points with 2 decimals, or the grade. */
    String actualText();
}
