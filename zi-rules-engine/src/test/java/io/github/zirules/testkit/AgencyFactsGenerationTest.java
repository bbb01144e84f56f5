package io.github.zirules.testkit;

import static io.github.zirules.testkit.AssessmentGeneratorTest.INSTRUMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.DeclaredFact;
import io.github.zirules.api.Instrument;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AgencyFactsGenerationTest {

    /** The grade scales a rule set would declare (test data, independent of the engine's rule files). */
    private static final Instrument SCALED = INSTRUMENT.withGradeScales(Map.of(
            AssessmentValidator.BPK_SCALE, List.of("WTP", "WDP", "TW", "TMP"),
            AssessmentValidator.AKIP_SCALE, List.of("AA", "A", "BB", "B", "CC", "C", "D"),
            AssessmentValidator.INDEKS_RB_SCALE, List.of("AA", "A", "BB", "B", "CC", "C", "D")));
    private static final AssessmentValidator VALIDATOR = new AssessmentValidator(SCALED);

    @Test
    void byDefaultNoAssessmentCarriesAgencyFacts() {
        AssessmentGenerator gen = AssessmentGenerator.builder(INSTRUMENT).build();
        LongStream.range(0, 100).mapToObj(gen::fromSeed)
                .forEach(a -> assertEquals(AgencyFacts.NONE, a.agency(), a.unit().id()));
    }

    @Test
    void withShare1EveryValueOfEveryScaleAppearsAndEveryAssessmentValidates() {
        AssessmentGenerator gen = AssessmentGenerator.builder(SCALED).agencyFactsShare(1.0).build();
        Set<String> bpk = new HashSet<>();
        Set<String> akip = new HashSet<>();
        Set<String> rb = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        int withFacts = 0;
        for (long seed = 0; seed < 300; seed++) {
            Assessment a = gen.fromSeed(seed);
            assertEquals(List.of(), VALIDATOR.validate(a), a.unit().id());
            AgencyFacts f = a.agency();
            withFacts += f.isEmpty() ? 0 : 1;
            bpk.add(f.bpkOpinion());
            akip.add(f.akip());
            rb.add(f.indeksRb());
            kinds.add(f.kind());
        }
        assertTrue(withFacts >= 290, "assessments with at least one fact: " + withFacts);
        assertEquals(Set.of("WTP", "WDP", "TW", "TMP"), without(bpk, null));
        assertEquals(Set.of("AA", "A", "BB", "B", "CC", "C", "D"), without(akip, null));
        assertEquals(Set.of("AA", "A", "BB", "B", "CC", "C", "D"), without(rb, null));
        assertEquals(Set.of("MINISTRY", "REGIONAL"), without(kinds, null));
        assertTrue(bpk.contains(null) && akip.contains(null) && rb.contains(null) && kinds.contains(null),
                "each fact is sometimes left out");
    }

    @Test
    void anInstrumentWhoseRuleSetDeclaresNoScaleGetsNoGradesOnlyAKind() {
        AssessmentGenerator gen = AssessmentGenerator.builder(INSTRUMENT).agencyFactsShare(1.0).build();
        for (long seed = 0; seed < 50; seed++) {
            AgencyFacts f = gen.fromSeed(seed).agency();
            assertEquals(List.of(), java.util.stream.Stream.of(f.bpkOpinion(), f.akip(), f.indeksRb())
                    .filter(java.util.Objects::nonNull).toList(), f.toString());
        }
    }

    @Test
    void agencyFactsAreDrawnLastSoTheAnswersOfASeedStayTheSame() {
        AssessmentGenerator plain = AssessmentGenerator.builder(INSTRUMENT).reviewSets(1).build();
        AssessmentGenerator withFacts = AssessmentGenerator.builder(INSTRUMENT).reviewSets(1).agencyFactsShare(0.5)
                .build();
        for (long seed = 0; seed < 50; seed++) {
            Assessment a = plain.fromSeed(seed);
            Assessment b = withFacts.fromSeed(seed);
            assertEquals(a.answers(), b.answers());
            assertEquals(a.evidence(), b.evidence());
            assertEquals(a.reviews(), b.reviews());
        }
    }

    @Test
    void aShareOutside0To1IsRefusedSayingWhatWasGiven() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AssessmentGenerator.builder(INSTRUMENT).agencyFactsShare(1.5));
        assertEquals("agencyFactsShare must be between 0.0 and 1.0 but was 1.5", e.getMessage());
    }

    private static Set<String> without(Set<String> s, String x) {
        Set<String> out = new HashSet<>(s);
        out.remove(x);
        return out;
    }
    @Test
    void factsTheRuleSetDeclaresAreDrawnOfTheirKindAndValidate() {
        Instrument declared = SCALED.withAgencyFacts(Map.of(
                "jumlahPegawai", new DeclaredFact("jumlahPegawai", DeclaredFact.Kind.WHOLE_NUMBER, null, List.of(),
                        "Jumlah pegawai unit", "Number of staff"),
                "timZi", new DeclaredFact("timZi", DeclaredFact.Kind.YES_NO, null, List.of(), "Tim ZI", "ZI team"),
                "wilayah", new DeclaredFact("wilayah", DeclaredFact.Kind.CHOICE, null, List.of("BARAT", "TIMUR"),
                        "Wilayah", "Region")));
        AssessmentValidator validator = new AssessmentValidator(declared);
        AssessmentGenerator gen = AssessmentGenerator.builder(declared).agencyFactsShare(1.0).build();
        Set<Object> staff = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            Assessment a = gen.fromSeed(seed);
            assertEquals(List.of(), validator.validate(a), a.unit().id());
            staff.add(a.agency().values().get("jumlahPegawai"));
            regions.add(a.agency().textOf("wilayah"));
        }
        assertTrue(staff.contains(null) && staff.size() > 50, "counts drawn, sometimes none: " + staff.size());
        assertEquals(Set.of("BARAT", "TIMUR"), without(regions, null));
    }
}
