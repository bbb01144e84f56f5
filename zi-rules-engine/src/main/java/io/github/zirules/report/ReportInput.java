package io.github.zirules.report;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Result;
import io.github.zirules.api.UnknownRuleSetException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation as a report shows it: the result and, when known, what it was scored from. With the assessment a
 * report lists the evidence (<i>data dukung</i>) given for each item; with the rule set's instrument it shows each
 * item's question (<i>pertanyaan</i>) beside its id and names areas, components and checks as the instrument's
 * structure does ({@code structure.csv}); with the area scale it draws the chart. Each is optional: a report leaves
 * out what it is not given (without the instrument, names come from the built-in rule set of the result's id, or
 * else from PermenPAN-RB 90/2021's).
 *
 * <pre>{@code
 * Result r = evaluator.evaluate(assessment);
 * String page = ReportRenderer.html(ReportInput.of(evaluator, assessment, r), ReportOptions.of("id"));
 * }</pre>
 *
 * @param result the result
 * @param assessment the assessment it was scored from, or null (then no evidence is listed)
 * @param instrument the instrument of the result's rule set, or null (then no question is shown)
 * @param scale the area scale for the chart; {@link AreaScale#UNKNOWN} leaves it out
 */
public record ReportInput(Result result, @Nullable Assessment assessment, @Nullable Instrument instrument,
                          AreaScale scale) {

    /** Refuses a null result; a null scale is {@link AreaScale#UNKNOWN}. */
    public ReportInput {
        Objects.requireNonNull(result, "result");
        scale = scale == null ? AreaScale.UNKNOWN : scale;
    }

    /** The result alone: no evidence, no questions, no chart. */
    public static ReportInput of(Result result) {
        return new ReportInput(result, null, null, AreaScale.UNKNOWN);
    }

    /**
     * Everything {@code evaluator} knows of {@code result}: the assessment's evidence, the instrument's questions and
     * the area scale (learned by two probe evaluations: when rendering many results of one rule set, learn the scale
     * once and use {@link #withScale}).
     */
    public static ReportInput of(Evaluator evaluator, Assessment assessment, Result result) {
        Objects.requireNonNull(evaluator, "evaluator");
        Instrument instrument;
        try {
            instrument = evaluator.instrument(result.ruleSet().id());
        } catch (UnknownRuleSetException e) {
            instrument = null;
        }
        return new ReportInput(result, assessment, instrument, AreaScale.learn(evaluator, result));
    }

    /** A copy with this assessment (its evidence is listed). */
    public ReportInput withAssessment(Assessment newAssessment) {
        return new ReportInput(result, newAssessment, instrument, scale);
    }

    /** A copy with this instrument (its questions are shown). */
    public ReportInput withInstrument(Instrument newInstrument) {
        return new ReportInput(result, assessment, newInstrument, scale);
    }

    /** A copy with this area scale. */
    public ReportInput withScale(AreaScale newScale) {
        return new ReportInput(result, assessment, instrument, newScale);
    }

    /** The instrument's item {@code id}, if the instrument is known and has it. */
    public Optional<Item> item(ItemId id) {
        return instrument == null ? Optional.empty() : instrument.item(id);
    }

    /** The evidence listed for {@code id}; empty when none or when the assessment is not known. */
    public List<Evidence> evidence(ItemId id) {
        return assessment == null ? List.of() : assessment.evidenceFor(id);
    }
}
