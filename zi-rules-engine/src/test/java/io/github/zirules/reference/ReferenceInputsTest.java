package io.github.zirules.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.zirules.rules.Exact;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reference scorer's inputs (items CSV, hand-written policy numbers, bundled copies) agree with the domain README. */
class ReferenceInputsTest {

    private static final ReferenceScorer SCORER = ReferenceScorer.standard();

    @Test
    void bundledCopiesAreIdenticalToTheSharedDomainFolder() throws IOException, URISyntaxException {
        Optional<Path> shared = ReferenceItems.sharedDomainFolder();
        assumeTrue(shared.isPresent(), "shared/domain not found; the bundled copies are used alone");
        Path bundledCsv = Path.of(Objects.requireNonNull(getClass().getResource(ReferenceItems.RESOURCE)).toURI());
        assertArrayEquals(Files.readAllBytes(shared.get().resolve(ReferenceItems.CSV_NAME)),
                Files.readAllBytes(bundledCsv), "refresh src/test/resources" + ReferenceItems.RESOURCE);
        try (Stream<Path> files = Files.list(ReferenceScorerTest.bundledExamples())) {
            for (Path copy : files.toList()) {
                Path original = shared.get().resolve("examples").resolve(copy.getFileName());
                if (Files.exists(original)) {
                    assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy),
                            "refresh the bundled copy of " + copy.getFileName());
                }
            }
        }
    }

    @Test
    void csvHas113ItemsSplit87Pemenuhan23Reform3Hasil() {
        Map<String, Long> bySection = SCORER.items().rows().stream()
                .collect(Collectors.groupingBy(ReferenceItems.Row::section, Collectors.counting()));
        assertEquals(Map.of("PEM", 87L, "REF", 23L, "HAS", 3L), bySection);
    }

    @Test
    void csvIndicatorWeightsAddUpToTheReadmeAreaWeights() {
        Map<String, Exact> pem = new LinkedHashMap<>();
        Map<String, Exact> ref = new LinkedHashMap<>();
        Map<String, Exact> has = new LinkedHashMap<>();
        SCORER.items().indicators().values().forEach(rows -> {
            ReferenceItems.Row r = rows.get(0);
            switch (r.section()) {
                case "PEM" -> pem.merge(r.area(), r.weight(), Exact::plus);
                case "REF" -> ref.merge(r.area(), r.weight(), Exact::plus);
                default -> has.merge(r.indicator(), r.weight(), Exact::plus);
            }
        });
        ReferencePolicy.AREA_WEIGHTS.forEach((area, weight) -> {
            assertEquals(weight.dividedBy(2), pem.get(area), "Pemenuhan part of " + area);
            assertEquals(weight.dividedBy(2), ref.get(area), "Reform part of " + area);
        });
        assertEquals(ReferencePolicy.HASIL_WEIGHTS, has);
        assertEquals(Exact.of(60), ReferencePolicy.AREA_WEIGHTS.values().stream()
                .reduce(Exact.ZERO, Exact::plus), "Pengungkit is worth 60");
    }

    @Test
    void wbbmThresholdsAreTheTwoOfThreeReading() {
        // README §5: 18.25 = 15.75 + 2.50 and 19.50 = 15.75 + 3.75
        assertEquals(ReferencePolicy.WBK.bba(), ReferencePolicy.WBK.ipak().plus(ReferencePolicy.WBK.kinerja()));
        assertEquals(ReferencePolicy.WBBM.bba(), ReferencePolicy.WBBM.ipak().plus(ReferencePolicy.WBBM.kinerja()));
        assertEquals(new BigDecimal("19.50"), ReferencePolicy.reported(ReferencePolicy.WBBM.bba()));
        assertFalse(ReferencePolicy.WBK.requiresWbk());
        assertTrue(ReferencePolicy.WBBM.requiresWbk());
    }

    @Test
    void theApiInstrumentBuiltFromTheCsvHasTheSameItemsInTheSameOrder() {
        var instrument = SCORER.items().instrument();
        assertEquals(113, instrument.size());
        assertEquals(SCORER.items().rows().stream().map(ReferenceItems.Row::itemId).toList(),
                instrument.items().stream().map(i -> i.id().value()).toList());
        assertEquals(SCORER.items().indicators().keySet().stream().toList(),
                instrument.indicators().stream().map(i -> i.id()).toList());
    }
}
