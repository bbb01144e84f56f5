package io.github.zirules.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain fixtures (worked examples, item list) are copied into the repository so that the build runs on a fresh
 * clone; where the team's shared domain folder is beside the clone, the copies must not have drifted from it. The
 * documentation's copies (docs/domain) are the same files.
 */
class DomainFixturesTest {

    @Test
    void copiedDomainFixturesMatchTheSharedDomainFolderWhenItIsPresent() throws Exception {
        String upstream = System.getProperty("zirules.shared.upstream");
        assumeTrue(upstream != null && Files.isDirectory(Path.of(upstream)), "no shared domain folder beside");
        Path up = Path.of(upstream);
        Path copy = Examples.sharedDomain();
        try (Stream<Path> files = Files.list(up.resolve("examples"))) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(copy.resolve("examples")
                        .resolve(f.getFileName().toString())), f.toString());
            }
        }
        assertArrayEquals(Files.readAllBytes(up.resolve("lke-zi-2021-items.csv")),
                Files.readAllBytes(copy.resolve("lke-zi-2021-items.csv")));
        for (String doc : DOCUMENTED) {
            assertArrayEquals(Files.readAllBytes(up.resolve(doc)), Files.readAllBytes(docsDomain().resolve(doc)),
                    "docs/domain/" + doc);
        }
    }

    @Test
    void theDocumentedFormatAndItemListAreTheOnesTheTestsRead() throws Exception {
        Path copy = Examples.sharedDomain();
        for (String doc : new String[] {"FORMAT.md", "lke-zi-2021-items.csv"}) {
            assertArrayEquals(Files.readAllBytes(copy.resolve(doc)), Files.readAllBytes(docsDomain().resolve(doc)),
                    "docs/domain/" + doc + " differs from the test fixture " + copy.resolve(doc));
        }
    }

    /** The domain reference as the repository documents it (docs/domain), beside the test fixtures. */
    private static Path docsDomain() {
        Path docs = Path.of(System.getProperty("zirules.docs", "../docs")).resolve("domain");
        assumeTrue(Files.isDirectory(docs), "docs/domain not found at " + docs.toAbsolutePath());
        return docs;
    }

    private static final String[] DOCUMENTED = {"README.md", "FORMAT.md", "lke-zi-2021-items.csv"};
}
