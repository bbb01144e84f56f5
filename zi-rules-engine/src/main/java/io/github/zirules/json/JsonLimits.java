package io.github.zirules.json;

/**
 * Limits that keep reading JSON safe on hostile input: every document larger, deeper or longer than these is refused
 * with a problem (never an {@link OutOfMemoryError} or a {@link StackOverflowError}).
 *
 * <p>Immutable. Build one with {@link #builder()}; every bad value is refused at build time with a message of the form
 * "X must be … but was Y". The defaults ({@link #DEFAULTS}) are generous for an LKE of 113 items.
 *
 * <p>Who enforces what. Jackson's own {@code StreamReadConstraints} enforce the document's size
 * ({@code maxDocumentLength}), nesting depth, the length of numbers, strings and member names, and the number of
 * tokens ({@code maxTokenCount}, set to {@link #maxTokens()}). zi-rules keeps its own code only for what Jackson
 * cannot say: the members of one object or elements of one array ({@link #maxAnswers()}: Jackson counts a whole
 * document, not one answer set), a number that is short as written but long in plain decimal form ({@code 1e400}),
 * and input that is not UTF-8 (Jackson would detect UTF-16 or UTF-32 and read it, and does not name the byte).
 *
 * @param maxDocumentBytes the most bytes a document may have (default 16 MiB, {@value #DEFAULT_MAX_DOCUMENT_BYTES});
 *     a byte order mark is not counted
 * @param maxNestingDepth the most nested objects and arrays (default {@value #DEFAULT_MAX_NESTING_DEPTH})
 * @param maxNumberLength the most characters of a number, both as written and in its plain decimal form, so that
 *     {@code 1e400} (401 digits in plain form) is refused (default {@value #DEFAULT_MAX_NUMBER_LENGTH})
 * @param maxStringLength the most characters of a string or a field name (default 1 MiB,
 *     {@value #DEFAULT_MAX_STRING_LENGTH})
 * @param maxAnswers the most members of one JSON object or elements of one array, so the most answers in one
 *     answer set (default {@value #DEFAULT_MAX_ANSWERS}); a document may also hold at most {@link #maxTokens()}
 *     JSON tokens in all
 */
public record JsonLimits(
        long maxDocumentBytes, int maxNestingDepth, int maxNumberLength, int maxStringLength, int maxAnswers) {

    /** Default for {@link #maxDocumentBytes()}: 16 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;
    /** Default for {@link #maxNestingDepth()}. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** Default for {@link #maxNumberLength()}. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** Default for {@link #maxStringLength()}: 1 MiB. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** Default for {@link #maxAnswers()}. */
    public static final int DEFAULT_MAX_ANSWERS = 10_000;

    /** The defaults. */
    public static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_ANSWERS);

    /** The smallest nesting depth accepted: an answer inside a review set is four levels deep. */
    public static final int MIN_NESTING_DEPTH = 4;
    /** The largest nesting depth accepted. */
    public static final int MAX_NESTING_DEPTH = 1000;
    /** The smallest number length accepted: a count up to a billion must fit. */
    public static final int MIN_NUMBER_LENGTH = 16;
    /** The largest number length accepted. */
    public static final int MAX_NUMBER_LENGTH = 100_000;
    /** The smallest string length accepted. */
    public static final int MIN_STRING_LENGTH = 64;
    /** The largest {@link #maxAnswers()} accepted. */
    public static final int MAX_ANSWERS = 10_000_000;

    /**
     * Refuses a limit out of its range.
     *
     * @throws IllegalArgumentException "X must be … but was Y"
     */
    public JsonLimits {
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("maxDocumentBytes must be at least 1 but was " + maxDocumentBytes);
        }
        range("maxNestingDepth", maxNestingDepth, MIN_NESTING_DEPTH, MAX_NESTING_DEPTH);
        range("maxNumberLength", maxNumberLength, MIN_NUMBER_LENGTH, MAX_NUMBER_LENGTH);
        range("maxStringLength", maxStringLength, MIN_STRING_LENGTH, Integer.MAX_VALUE);
        range("maxAnswers", maxAnswers, 1, MAX_ANSWERS);
    }

    private static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + " but was "
                    + value);
        }
    }

    /**
     * The most JSON tokens a document may hold in all, {@code 16 × maxAnswers + 2000}: every scalar value, member
     * name, and opening and closing bracket is one token, whether it is read or skipped. It bounds the memory and the
     * time a read takes, whatever the shape of the document (Jackson's {@code maxTokenCount}).
     */
    public long maxTokens() {
        return 16L * maxAnswers + 2000;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link JsonLimits}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private long maxDocumentBytes;
        private int maxNestingDepth;
        private int maxNumberLength;
        private int maxStringLength;
        private int maxAnswers;

        private Builder(JsonLimits from) {
            maxDocumentBytes = from.maxDocumentBytes;
            maxNestingDepth = from.maxNestingDepth;
            maxNumberLength = from.maxNumberLength;
            maxStringLength = from.maxStringLength;
            maxAnswers = from.maxAnswers;
        }

        /** The most bytes of a document; at least 1. */
        public Builder maxDocumentBytes(long bytes) {
            this.maxDocumentBytes = bytes;
            return this;
        }

        /** The most nested objects and arrays; between 4 and 1000. */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = depth;
            return this;
        }

        /** The most characters of a number; between 16 and 100,000. */
        public Builder maxNumberLength(int length) {
            this.maxNumberLength = length;
            return this;
        }

        /** The most characters of a string or field name; at least 64. */
        public Builder maxStringLength(int length) {
            this.maxStringLength = length;
            return this;
        }

        /** The most members of one object or elements of one array; between 1 and 10,000,000. */
        public Builder maxAnswers(int answers) {
            this.maxAnswers = answers;
            return this;
        }

        /**
         * The limits.
         *
         * @throws IllegalArgumentException if a limit is out of its range, naming it, its range and its value
         */
        public JsonLimits build() {
            return new JsonLimits(maxDocumentBytes, maxNestingDepth, maxNumberLength, maxStringLength, maxAnswers);
        }
    }
}
