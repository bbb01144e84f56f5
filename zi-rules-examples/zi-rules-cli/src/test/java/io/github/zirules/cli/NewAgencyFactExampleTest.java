package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/policy/README.md section 9, done as an officer does it, with no Java: copy the built-in
 * rule set with the CLI, paste the two rules and the scenario file shown in the guide, validate, test, evaluate.
 */
class NewAgencyFactExampleTest {

    private static final Path GUIDE = Path.of("..", "..", "docs", "policy", "README.md");

    /** The fenced block after the guide's marker {@code <!-- contoh / example: NAME -->}. */
    private static String block(String name) throws IOException {
        String guide = Files.readString(GUIDE);
        int marker = guide.indexOf("<!-- contoh / example: " + name + " -->");
        assertTrue(marker >= 0, "docs/policy/README.md has no example " + name);
        int open = guide.indexOf("```\n", marker) + 4;
        return guide.substring(open, guide.indexOf("```\n", open));
    }

    private static Path copyWithStaffRule(Path tmp) throws IOException {
        Path dir = tmp.resolve("aturan-pegawai");
        Cli.Run copy = Cli.run("copy", "permenpan-rb-90-2021", dir.toString(), "--as", "aturan-pegawai");
        assertEquals(0, copy.exit(), copy.out() + copy.err());
        Files.writeString(dir.resolve("prerequisites.drl"), "\n" + block("prerequisites.drl"),
                StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("tests/jumlah-pegawai.csv"), block("tests/jumlah-pegawai.csv"));
        return dir;
    }

    @Test
    void anOfficerAddsAStaffMinimumToACopyAndItsScenariosPass(@TempDir Path tmp) throws IOException {
        Path dir = copyWithStaffRule(tmp);
        Cli.Run validate = Cli.run("validate", dir.toString(), "--lang", "en");
        assertEquals(0, validate.exit(), validate.out() + validate.err());
        Cli.Run test = Cli.run("test", dir.toString(), "--lang", "en");
        assertEquals(0, test.exit(), test.out() + test.err());
        assertTrue(test.out().contains("9 pegawai") && test.out().contains(" 0 failed"), test.out());
    }

    @Test
    void anAssessmentGivingTheCountIsCheckedAndAMisspeltFactIsRefusedInTheOfficersLanguage(@TempDir Path tmp)
            throws IOException {
        Path dir = copyWithStaffRule(tmp);
        String sample = Files.readString(Cli.sample("kpknl-jakarta-wbk"))
                .replace("\"ruleset\": \"permenpan-rb-90-2021\"", "\"ruleset\": \"aturan-pegawai\"");
        Path nine = tmp.resolve("sembilan.json");
        Files.writeString(nine, sample.replace("\"currentPredicate\": \"NONE\",",
                "\"currentPredicate\": \"NONE\",\n  \"facts\": {\"jumlahPegawai\": 9},"));
        Cli.Run run = Cli.run("evaluate", nine.toString(), "--rules", tmp.toString(), "--format", "json");
        assertTrue(run.out().contains("\"AGENCY.JUMLAH_PEGAWAI\""), run.out() + run.err());
        Path typo = tmp.resolve("salah-ketik.json");
        Files.writeString(typo, sample.replace("\"currentPredicate\": \"NONE\",",
                "\"currentPredicate\": \"NONE\",\n  \"facts\": {\"jumlahPegawi\": 9},"));
        Cli.Run refused = Cli.run("evaluate", typo.toString(), "--rules", tmp.toString(), "--lang", "id");
        String all = refused.out() + refused.err();
        assertTrue(all.contains("$.facts.jumlahPegawi") && all.contains("maksudnya jumlahPegawai?"), all);
        refused.assertNoStackTrace();
    }
}
