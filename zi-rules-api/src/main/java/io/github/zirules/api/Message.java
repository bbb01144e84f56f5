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
public sealed interface Message extends java.io.Serializable permits Message.Catalogued, Message.Texts {

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
    }
}
