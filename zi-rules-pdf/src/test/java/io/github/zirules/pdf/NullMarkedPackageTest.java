package io.github.zirules.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** The public package says, for tools and Kotlin, that nothing in its signatures is null. */
class NullMarkedPackageTest {

    @Test
    void thePublicPackageIsNullMarked() {
        assertTrue(PdfReport.class.getPackage().isAnnotationPresent(NullMarked.class));
    }
}
