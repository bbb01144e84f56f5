package io.github.zirules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.excel.internal.InstrumentQuestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The question text of the built-in rule set comes from the Lampiran III workbook through {@link InstrumentQuestions}.
 * This test runs the tool: the shipped instrument must equal its output. After a deliberate change, regenerate with
 * {@code -Dzirules.updateGolden=true} (then the rule set's sha256 changes: regenerate the golden reports too).
 */
class InstrumentQuestionsTest {

    private static final Path INSTRUMENT = Path.of(
            "../zi-rules-engine/src/main/resources/zirules/rulesets/permenpan-rb-90-2021/instrument.csv");

    private static String extracted(String csv) throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.resource("lke-lampiran-iii-regional.xlsx"))) {
            return InstrumentQuestions.fill(csv, Fixtures.INSTRUMENT.model().orElseThrow(), in, "instrument.csv");
        }
    }

    @Test
    void theShippedInstrumentCarriesTheQuestionsTheToolExtractsFromLampiranIii() throws IOException {
        String shipped = Files.readString(INSTRUMENT, StandardCharsets.UTF_8);
        String fresh = extracted(shipped);
        if (Boolean.getBoolean("zirules.updateGolden")) {
            Files.writeString(INSTRUMENT, fresh, StandardCharsets.UTF_8);
            shipped = fresh;
        }
        assertEquals(fresh, shipped, "instrument.csv is not the tool's output; regenerate with "
                + "-Dzirules.updateGolden=true and review the diff");
    }

    @Test
    void everyItemGetsItsQuestionAndOneCriterionPerAnswerOption() throws IOException {
        Instrument i = Instrument.readCsv(new StringReader(extracted(
                Files.readString(INSTRUMENT, StandardCharsets.UTF_8))), "instrument.csv");
        for (Item it : i.items()) {
            assertTrue(!it.question().isEmpty(), it.id() + " has no question");
        }
        Item first = i.item(ItemId.of("PEM.MP.1.a")).orElseThrow();
        assertTrue(first.question().startsWith("Unit kerja telah membentuk tim"), first.question());
        assertEquals(List.of("Ya, jika Tim telah dibentuk di dalam unit kerja."), first.criteria());
        Item abc = i.item(ItemId.of("PEM.MP.1.b")).orElseThrow();
        assertEquals(3, abc.criteria().size(), abc.criteria().toString());
        assertTrue(abc.criteria().get(0).startsWith("a."));
        assertTrue(i.item(ItemId.of("HAS.IPAK")).orElseThrow().question().contains("Persepsi"));
    }

    @Test
    void runningTheToolTwiceChangesNothing() throws IOException {
        String once = extracted(Files.readString(INSTRUMENT, StandardCharsets.UTF_8));
        assertEquals(once, extracted(once));
    }
}
