package io.github.zirules.cli;

import java.util.Locale;

/** The language of messages: {@code id} (Bahasa Indonesia) or {@code en}; default from the locale. */
public final class Lang {

    private Lang() {
    }

    /** {@code id} or {@code en}: the option if given, else {@code id} when the default locale is Indonesian. */
    static String resolve(Language option) {
        if (option != null) {
            return option.name();
        }
        String l = Locale.getDefault().getLanguage();
        return l.equals("id") || l.equals("in") ? "id" : "en";
    }

    /** The language as a {@link Locale}, for the message catalogue of problems. */
    public static Locale locale(String lang) {
        return Locale.forLanguageTag(lang);
    }

    /** Picks the text for the language. */
    public static String t(String lang, String id, String en) {
        return "id".equals(lang) ? id : en;
    }
}
