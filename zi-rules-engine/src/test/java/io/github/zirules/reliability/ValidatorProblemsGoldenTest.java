package io.github.zirules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.json.ValidatedRead;
import io.github.zirules.json.ZiJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every problem the validator finds in the bad inputs of {@code reliability/catalogue.csv} that read as an assessment
 * (code, location, both messages and what would be valid) is the one written in
 * {@code reliability/validator-problems.txt}: its lookups may be made faster, its problems stay the same. Rewrite the
 * file with {@code -Dzirules.updateGolden=true} when a problem is meant to change.
 */
class ValidatorProblemsGoldenTest {

    private static final String GOLDEN = "reliability/validator-problems.txt";
    /** The most problems of one case written out. */
    private static final int SHOWN = 30;

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theValidatorsProblemsWithTheCataloguesInputsAreUnchanged() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Catalogue.Row row : Catalogue.read("reliability/catalogue.csv")) {
            ValidatedRead v;
            try (InputStream in = BadInputCatalogueTest.open(row)) {
                v = ZiJson.create(row.jsonLimits()).readAndValidate(in, row.id(), BadInputCatalogueTest.VALIDATOR);
            }
            Assessment a = v.assessment();
            if (a == null) {
                continue;
            }
            List<Problem> problems = BadInputCatalogueTest.VALIDATOR.validate(a);
            StringBuilder all = new StringBuilder();
            for (Problem p : problems) {
                all.append(p.severity()).append(" | ").append(p.code()).append(" | ").append(p.location())
                        .append(" | ").append(p.messageId()).append(" | ").append(p.messageEn()).append(" | ")
                        .append(p.expected(Message.INDONESIAN)).append(" | ")
                        .append(p.expected(Locale.ENGLISH)).append('\n');
            }
            // A case of 200,000 problems is pinned by its first lines and the SHA-256 of them all.
            String text = all.toString();
            out.append("== ").append(row.id()).append(": ").append(problems.size()).append(" problems, sha256 ")
                    .append(HexFormat.of().formatHex(sha256(text))).append('\n');
            text.lines().limit(SHOWN).forEach(l -> out.append(l).append('\n'));
        }
        String actual = out.toString();
        if (Boolean.getBoolean("zirules.updateGolden")) {
            Files.writeString(Path.of("src/test/resources", GOLDEN), actual, StandardCharsets.UTF_8);
            return;
        }
        String expected;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GOLDEN)) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual);
    }
}
