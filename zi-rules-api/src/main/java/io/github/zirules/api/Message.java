package io.github.zirules.api;

import io.github.zirules.api.internal.MessageCatalogue;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text shown to a person, in the language they chose: a key of the message catalogue with its arguments, or a text
 * that does not come from the catalogue (a value or a list that reads the same in every language, or a text its
 * author wrote in both languages). The catalogue is one {@link java.util.ResourceBundle},
 * {@code io/github/zirules/api/messages_en.properties} and {@code messages_id.properties} (UTF-8), keyed by problem
 * code ({@code UNKNOWN_ITEM}, {@code UNKNOWN_ITEM.expected}, {@code LINT_SYNTAX.2} for a second wording of one code).
 *
 * <p>Bahasa Indonesia is chosen by {@link #INDONESIAN} (any locale whose language is {@code id}); every other locale
 * gets English, whatever the default locale of the JVM.
 */
public sealed interface Message extends java.io.Serializable permits Message.Catalogued, Message.Texts, Message.Filled {

    /** Bahasa Indonesia. */
    Locale INDONESIAN = Locale.forLanguageTag("id");

    /** The text in {@code locale}: Bahasa Indonesia for a locale whose language is {@code id}, else English. */
    String text(Locale locale);

    /**
     * The catalogue's text under {@code key}, with {@code args} in its {@code {0}}, {@code {1}} … An argument that is
     * itself a {@link Message} is shown in the same language, a {@link List} as its elements so shown and joined by
     * {@code "; "}; any other is shown as {@link String#valueOf(Object)}
     * (numbers are not reformatted for the language: {@code 74.995} stays {@code 74.995}).
     */
    static Message of(String key, @Nullable Object... args) {
        return new Catalogued(key, Arrays.asList(args.clone()));
    }

    /** A text that reads the same in every language (a value, a list of ids, a line of DRL); null for null. */
    static @Nullable Message verbatim(@Nullable String text) {
        return text == null ? null : new Texts(text, text);
    }

    /** A text its author wrote in both languages (a rule set's own warning, a message read back from a report). */
    static Message texts(String indonesian, String english) {
        return new Texts(indonesian, english);
    }

    /**
     * A text its author wrote in both languages with named places, filled in only when it is read: e.g.
     * {@code filled("Jawaban {jawaban} pada butir {butir}.", "Answer {answer} to item {item}.", names, values)} with
     * the names {@code jawaban, answer, butir, item} and their values. Equal to, and serialized as, the
     * {@link #texts(String, String)} of the filled texts. {@code names} and {@code values} are not copied: the caller
     * must not change them.
     */
    static Message filled(String indonesian, String english, List<String> names, List<String> values) {
        return new Filled(indonesian, english, names, values);
    }

    /** Whether the catalogue has {@code key} in both languages. */
    static boolean known(String key) {
        return MessageCatalogue.has(Locale.ENGLISH, key) && MessageCatalogue.has(INDONESIAN, key);
    }

    /**
     * A catalogue text and its arguments.
     *
     * @param key the key in the catalogue, a problem code or a code with a suffix
     * @param args the arguments, in the order of {@code {0}}, {@code {1}} …; elements may be null
     */
    record Catalogued(String key, List<@Nullable Object> args) implements Message {

        /** Refuses a key the catalogue does not have, so that a missing text fails where it is made. */
        public Catalogued {
            Objects.requireNonNull(key, "key");
            if (!known(key)) {
                throw new IllegalArgumentException("the message catalogue has no key '" + key + "' in both "
                        + "messages_en.properties and messages_id.properties");
            }
            args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        }

        @Override
        public String text(Locale locale) {
            Object[] shown = new Object[args.size()];
            for (int i = 0; i < shown.length; i++) {
                Object a = args.get(i);
                shown[i] = a instanceof Message m ? m.text(locale) : a instanceof List<?> list ? String.join("; ",
                        list.stream().map(x -> x instanceof Message m ? m.text(locale) : String.valueOf(x)).toList())
                        : String.valueOf(a);
            }
            return new MessageFormat(MessageCatalogue.pattern(locale, key), Locale.ROOT).format(shown);
        }
    }

    /**
     * A text given in both languages.
     *
     * @param indonesian the text in Bahasa Indonesia
     * @param english the text in English
     */
    record Texts(String indonesian, String english) implements Message {

        /** Refuses nulls. */
        public Texts {
            Objects.requireNonNull(indonesian, "indonesian");
            Objects.requireNonNull(english, "english");
        }

        @Override
        public String text(Locale locale) {
            return MessageCatalogue.indonesian(locale) ? indonesian : english;
        }

        /** Equal to the same two texts, given as such or {@link Filled filled} in. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Texts t ? indonesian.equals(t.indonesian) && english.equals(t.english)
                    : o instanceof Filled f && f.equals(this);
        }

        @Override
        public int hashCode() {
            return 31 * indonesian.hashCode() + english.hashCode();
        }
    }

    /**
     * Texts in both languages with named places such as {@code {butir}}, filled in with their values the first time
     * each language is read (a rule's warning: most are never read as text, or only in one language). Thread-safe;
     * equal to, and serialized as, the {@link Texts} of its filled texts, and shown as they are.
     */
    final class Filled implements Message {

        private static final long serialVersionUID = 1L;

        private final String indonesianPattern;
        private final String englishPattern;
        private final List<String> names;
        private final List<String> values;
        /** The filled texts, once read; racy but safe: a String is immutable and filling always gives the same. */
        private transient String indonesian;
        private transient String english;

        private Filled(String indonesianPattern, String englishPattern, List<String> names, List<String> values) {
            this.indonesianPattern = Objects.requireNonNull(indonesianPattern, "indonesian");
            this.englishPattern = Objects.requireNonNull(englishPattern, "english");
            this.names = Objects.requireNonNull(names, "names");
            this.values = Objects.requireNonNull(values, "values");
            if (names.size() != values.size()) {
                throw new IllegalArgumentException(names.size() + " names of places but " + values.size()
                        + " values");
            }
        }

        @Override
        public String text(Locale locale) {
            if (MessageCatalogue.indonesian(locale)) {
                String t = indonesian;
                if (t == null) {
                    t = fill(indonesianPattern);
                    indonesian = t;
                }
                return t;
            }
            String t = english;
            if (t == null) {
                t = fill(englishPattern);
                english = t;
            }
            return t;
        }

        /** {@code pattern} with each {@code {name}} of a known name replaced by its value; anything else as written. */
        private String fill(String pattern) {
            int open = pattern.indexOf('{');
            if (open < 0) {
                return pattern;
            }
            StringBuilder b = new StringBuilder(pattern.length() + 32);
            int from = 0;
            while (open >= 0) {
                int close = pattern.indexOf('}', open + 1);
                if (close < 0) {
                    break;
                }
                int k = names.indexOf(pattern.substring(open + 1, close));
                if (k < 0) {
                    b.append(pattern, from, close + 1);
                } else {
                    b.append(pattern, from, open).append(values.get(k));
                }
                from = close + 1;
                open = pattern.indexOf('{', from);
            }
            return b.append(pattern, from, pattern.length()).toString();
        }

        /** The texts as filled in, as a {@link Texts} holds them. */
        private Texts texts() {
            return new Texts(text(INDONESIAN), text(Locale.ENGLISH));
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            return (o instanceof Texts || o instanceof Filled) && text(INDONESIAN).equals(((Message) o).text(INDONESIAN))
                    && text(Locale.ENGLISH).equals(((Message) o).text(Locale.ENGLISH));
        }

        @Override
        public int hashCode() {
            return texts().hashCode();
        }

        /** As the {@link Texts} of the filled texts. */
        @Override
        public String toString() {
            return texts().toString();
        }

        /** Serialized as the {@link Texts} of the filled texts, as before texts were filled lazily. */
        @java.io.Serial
        private Object writeReplace() {
            return texts();
        }
    }
}
