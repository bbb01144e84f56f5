package io.github.zirules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator recognises the common, valid answers without building locations; every answer that is not plainly
 * valid still gets the full check, with its JSON path.
 */
class AssessmentValidatorLocationsTest {

    private static final Instrument INSTRUMENT = new Instrument(List.of(
            new Item(ItemId.of("PEM.MP.1.a"), "PEM", "MP", "1", "Tim", "YT", null),
            new Item(ItemId.of("PEM.MP.1.b"), "PEM", "MP", "1", "Tim", "ABC", null),
            new Item(ItemId.of("PEM.MP.2.a"), "PEM", "MP", "2", "Rasio", "PCT", null),
            new Item(ItemId.of("REF.SDM.3.a"), "REF", "SDM", "3", "Disiplin", "DEC", null)))
            .withModel(TestInstrument.MODEL);
    private static final AssessmentValidator VALIDATOR = new AssessmentValidator(INSTRUMENT);

    private static Assessment.Builder unit() {
        return Assessment.builder(Unit.of("U1"), 2024, Predikat.WBK);
    }

    private static List<String> problems(Assessment a) {
        return VALIDATOR.validate(a).stream().map(p -> p.code() + " " + p.location()).toList();
    }

    @Test
    void plainValidAnswersAndToleratedSpellingsHaveNoProblem() {
        assertEquals(List.of(), problems(unit().answer("PEM.MP.1.a", "Ya").answer("PEM.MP.1.b", " b ")
                .answer("PEM.MP.2.a", Answer.ratio(3, 0)).answer("REF.SDM.3.a", Answer.decrease(0, 2))
                .evidence("PEM.MP.1.a", Evidence.titled("SK Tim")).build()));
    }

    @Test
    void everyAnswerThatIsNotPlainlyValidIsStillReportedWithItsPath() {
        assertEquals(List.of("INVALID_CHOICE $.answers['PEM.MP.1.a']", "WRONG_ANSWER_KIND $.answers['PEM.MP.1.b']",
                        "COUNT_NEGATIVE $.answers['PEM.MP.2.a'].numerator",
                        "COUNT_TOO_LARGE $.answers['REF.SDM.3.a'].thisYear", "UNKNOWN_ITEM $.answers['PEM.MP.9.z']"),
                problems(unit().answer("PEM.MP.1.a", "Yes").answer("PEM.MP.1.b", Answer.ratio(1, 2))
                        .answer("PEM.MP.2.a", Answer.ratio(-1, 4))
                        .answer("REF.SDM.3.a", Answer.decrease(1, AssessmentValidator.MAX_COUNT + 1))
                        .answer("PEM.MP.9.z", "Ya").build()));
    }

    @Test
    void evidenceProblemsNameTheDocument() {
        assertEquals(List.of("UNKNOWN_ITEM $.evidence['PEM.MP.9.z']",
                        "EVIDENCE_SHA256_INVALID $.evidence['PEM.MP.1.a'][1].sha256"),
                problems(unit().evidence("PEM.MP.9.z", Evidence.titled("x"))
                        .evidence("PEM.MP.1.a", Evidence.titled("SK"))
                        .evidence("PEM.MP.1.a", new Evidence("SK 2", null, "abc")).build()));
    }
}
