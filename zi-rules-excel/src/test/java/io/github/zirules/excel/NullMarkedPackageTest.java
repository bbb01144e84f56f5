package io.github.zirules.excel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** The public package says, for tools and Kotlin, that nothing in its signatures is null unless marked. */
class NullMarkedPackageTest {

    @Test
    void thePublicPackageIsNullMarkedAndWhatMayBeNullIsMarkedNullable() throws Exception {
        assertTrue(LkeWorkbooks.class.getPackage().isAnnotationPresent(NullMarked.class));
        assertTrue(LkeImport.class.getRecordComponents()[2].getAnnotatedType()
                .isAnnotationPresent(org.jspecify.annotations.Nullable.class), "LkeImport.assessment may be null");
    }
}
