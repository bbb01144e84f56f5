package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.InvalidRuleSetException;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.api.ZiRules;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInRuleSetsTest {

    private static final Path SOURCE = Path.of("src/main/resources/zirules/rulesets", BuiltInRuleSet.ID);

    @Test
    void theListingNamesEveryFileOfTheBuiltInFolderAndNothingElse() throws IOException {
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(SOURCE)) {
            onDisk = s.filter(Files::isRegularFile).map(p -> SOURCE.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.equals(BuiltInRuleSets.LISTING)).sorted().toList();
        }
        assertEquals(onDisk, BuiltInRuleSets.files(BuiltInRuleSet.ID).stream().sorted().toList(),
                "update " + SOURCE.resolve(BuiltInRuleSets.LISTING) + " to list the folder's files");
    }

    @Test
    void anUneditedCopyLoadsWithTheBuiltInHashAndPassesItsScenarios(@TempDir Path tmp) throws IOException {
        Path copy = tmp.resolve("a/b/salinan");
        List<Path> written = BuiltInRuleSets.copy(BuiltInRuleSet.ID, copy);

        assertEquals(BuiltInRuleSets.files(BuiltInRuleSet.ID).size(), written.size());
        assertTrue(written.stream().allMatch(Files::isRegularFile));
        assertTrue(Files.isRegularFile(copy.resolve("tests/thresholds-wbk.csv")));
        assertFalse(Files.exists(copy.resolve(BuiltInRuleSets.LISTING)), "the listing is the jar's, not the copy's");
        try (Stream<Path> s = Files.list(tmp.resolve("a/b"))) {
            assertEquals(List.of(copy), s.toList(), "no staging folder is left behind");
        }
        PolicyRuleSet loaded = PolicyRuleSet.load(copy);
        RuleSetInfo builtIn = ZiRules.evaluator().ruleSets().stream()
                .filter(i -> i.id().equals(BuiltInRuleSet.ID)).findFirst().orElseThrow();
        assertEquals(builtIn.sha256(), loaded.info().sha256());
        SuiteResult result = ScenarioSuite.load(loaded).run();
        assertTrue(result.passed(), () -> result.failures().toString());
        assertTrue(result.cases().size() > 80);
    }

    @Test
    void aCopyStillBeingWrittenBesideOthersIsNotLoaded(@TempDir Path tmp) throws IOException {
        Path live = BuiltInRuleSets.copy(BuiltInRuleSet.ID, tmp.resolve("live")).get(0).getParent();
        // what a copy looks like while it is written: a hidden staging folder beside its destination, here with the
        // same id as the live one (two folders with one id would refuse the whole folder)
        BuiltInRuleSets.copy(BuiltInRuleSet.ID, tmp.resolve(".salinan-123"));
        List<PolicyRuleSet> loaded = PolicyRuleSet.loadAll(List.of(tmp));
        assertEquals(List.of(live.toAbsolutePath().normalize()),
                loaded.stream().map(r -> r.directory().toAbsolutePath().normalize()).toList());
    }

    @Test
    void twoFoldersSideBySideWithOneIdAreRefusedNamingBoth(@TempDir Path tmp) throws IOException {
        BuiltInRuleSets.copy(BuiltInRuleSet.ID, tmp.resolve("a"));
        BuiltInRuleSets.copy(BuiltInRuleSet.ID, tmp.resolve("b"));
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> PolicyRuleSet.loadAll(List.of(tmp)));
        Problem p = e.problems().stream().filter(x -> x.code().equals("RULESET_ID_DUPLICATE")).findFirst()
                .orElseThrow(() -> new AssertionError(e.problems().toString()));
        assertEquals(tmp.resolve("b/ruleset.properties").toString(), p.location());
        assertTrue(p.messageEn().contains(tmp.resolve("a").toString()), p.messageEn());
    }

    @Test
    void anEmptyFolderMayBeCopiedInto(@TempDir Path tmp) throws IOException {
        BuiltInRuleSets.copy(BuiltInRuleSet.ID, tmp);
        assertTrue(Files.isRegularFile(tmp.resolve("ruleset.properties")));
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("weights.drl"), "// my edits");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> BuiltInRuleSets.copy(BuiltInRuleSet.ID, tmp));
        assertTrue(e.getMessage().contains("not an empty folder"), e.getMessage());
        assertEquals("// my edits", Files.readString(tmp.resolve("weights.drl")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count());
        }
        Path file = tmp.resolve("weights.drl");
        assertThrows(FileAlreadyExistsException.class, () -> BuiltInRuleSets.copy(BuiltInRuleSet.ID, file));
    }

    @Test
    void anUnknownIdIsRefusedNamingTheBuiltInOnes(@TempDir Path tmp) {
        UnknownRuleSetException e = assertThrows(UnknownRuleSetException.class,
                () -> BuiltInRuleSets.copy("permenpan-rb-99-2099", tmp.resolve("x")));
        assertTrue(e.getMessage().contains("permenpan-rb-99-2099") && e.getMessage().contains(BuiltInRuleSet.ID),
                e.getMessage());
        assertFalse(Files.exists(tmp.resolve("x")));
        assertEquals(List.of(BuiltInRuleSet.ID), BuiltInRuleSets.ids());
    }

    @Test
    void onlyPlainRelativePathsAreAcceptedInAListing() {
        for (String ok : List.of("weights.drl", "tests/thresholds-wbk.csv", "a/b/c.txt")) {
            assertTrue(BuiltInRuleSets.plainRelative(ok), ok);
        }
        for (String bad : List.of("../escape.drl", "tests/../../x", "/etc/passwd", "a//b", "a\\b", "C:x", "./a")) {
            assertFalse(BuiltInRuleSets.plainRelative(bad), bad);
        }
    }

    @Test
    void aListingThatPointsOutsideItsFolderIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) throws IOException {
        try (URLClassLoader jar = fakeJar(tmp.resolve("jar"), "evil", "ruleset.properties\n../../escape.txt\n")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> BuiltInRuleSets.copy("evil", tmp.resolve("out"), jar));
            assertTrue(e.getMessage().contains("../../escape.txt"), e.getMessage());
        }
        assertFalse(Files.exists(tmp.resolve("out")));
        assertFalse(Files.exists(tmp.resolve("escape.txt")));
    }

    @Test
    void aListedFileMissingFromTheJarFailsTheCopyAndLeavesNoFolder(@TempDir Path tmp) throws IOException {
        try (URLClassLoader jar = fakeJar(tmp.resolve("jar"), "partial", "ruleset.properties\nweights.drl\n")) {
            IOException e = assertThrows(IOException.class,
                    () -> BuiltInRuleSets.copy("partial", tmp.resolve("out/partial"), jar));
            assertTrue(e.getMessage().contains("weights.drl"), e.getMessage());
        }
        assertFalse(Files.exists(tmp.resolve("out/partial")));
        try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
            assertEquals(0, s.count(), "the staging folder is removed");
        }
    }

    /** A class-path folder with one built-in rule set {@code id}: a listing and a descriptor, nothing else. */
    private static URLClassLoader fakeJar(Path root, String id, String listing) throws IOException {
        Path folder = Files.createDirectories(root.resolve("zirules/rulesets").resolve(id));
        Files.writeString(root.resolve("zirules/rulesets/INDEX"), id + "\n");
        Files.writeString(folder.resolve(BuiltInRuleSets.LISTING), listing);
        Files.writeString(folder.resolve("ruleset.properties"), "id = " + id + "\n");
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }
}
