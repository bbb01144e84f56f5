/**
 * The zi-rules API: records and interfaces only, free of any engine. {@code io.github.zirules.api} is what users
 * call; {@code io.github.zirules.api.spi} is what an engine provides ({@code EvaluatorProvider}, found through
 * {@link java.util.ServiceLoader}) and what the library's tools need from it ({@code Engine}, {@code ScoreTrace}).
 * The instrument reader of {@code io.github.zirules.api.internal} is opened only to the engine.
 * Every exported package is {@code @NullMarked} (JSpecify, required transitively since its annotations are part of
 * the signatures): nothing is null unless marked {@code @Nullable}.
 */
// The instrument reader is exported to the engine alone, which is compiled after the API: javac would warn that the
// engine's module is not found yet.
@SuppressWarnings("module")
module io.github.zirules.api {
    requires org.apache.commons.csv;
    requires transitive org.jspecify; // @NullMarked, @Nullable: part of the public signatures

    exports io.github.zirules.api;
    exports io.github.zirules.api.spi;
    exports io.github.zirules.api.internal to io.github.zirules.engine;

    uses io.github.zirules.api.spi.EvaluatorProvider;
}
