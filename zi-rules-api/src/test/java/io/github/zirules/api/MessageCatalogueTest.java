package io.github.zirules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message catalogue: both languages hold every key, every key the code of any module uses exists, and no text
 * holds a Java class name, a record dump or an exception's text.
 */
class MessageCatalogueTest {

    /** {@code Message.of("KEY"} and {@code Problem.error("CODE"} in the main sources of every module. */
    private static final Pattern USED = Pattern.compile("Message\\.of\\(\"([^\"]+)\"");
    private static final Pattern JAVA = Pattern.compile(
            "\\b(java|javax|org|io\\.github)\\.[a-z]+\\.|\\w+Exception\\b|\\w+\\[\\w+=|^null$|\\bat [\\w.]+\\(");

    @Test
    void bothLanguagesHoldExactlyTheSameKeys() throws IOException {
        assertEquals(load("en").stringPropertyNames(), load("id").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesIsInBothCatalogues() throws IOException {
        Set<String> keys = load("en").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (String key : usedKeys()) {
            if (!keys.contains(key) || !Message.known(key)) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), () -> "keys used in the code but not in the catalogue: " + missing);
    }

    @Test
    void noMessageHoldsAJavaClassNameARecordDumpOrExceptionText() throws IOException {
        for (String lang : List.of("en", "id")) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                Matcher m = JAVA.matcher(text);
                assertFalse(m.find(), () -> "messages_" + lang + " " + key + " holds '" + m.group() + "': " + text);
            }
        }
    }

    @Test
    void everyPatternFormatsAndKeepsItsApostrophes() throws IOException {
        for (String lang : List.of("en", "id")) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                String shown = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"a", "b", "c", "d", "e",
                    "f", "g", "h"});
                long quotesIn = pattern.chars().filter(c -> c == '\'').count();
                long quotesOut = shown.chars().filter(c -> c == '\'').count();
                // '' shows as ', and '{' as {: a lone ' would swallow text up to the next one.
                assertTrue(quotesOut * 2 >= quotesIn - 4 * count(pattern, "'{'") - 4 * count(pattern, "'}'")
                        && !shown.contains("{0}"), () -> "messages_" + lang + " " + key + ": " + pattern);
            }
        }
    }

    @Test
    void theIndonesianCatalogueIsTranslatedNotCopied() throws IOException {
        Properties en = load("en");
        Properties id = load("id");
        List<String> same = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key);
            if (e.equals(id.getProperty(key)) && Pattern.compile("\\b(the|is|are|must|with|or)\\b").matcher(e).find()
                    && !key.startsWith("DRL_ERROR.")) {
                same.add(key);
            }
        }
        assertTrue(same.isEmpty(), () -> "English text in messages_id: " + same);
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageCatalogueTest.class.getResourceAsStream("messages_" + lang + ".properties");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> usedKeys() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains(
                    "/src/main/java/") && !f.toString().contains("/target/")).toList()) {
                Matcher m = USED.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertTrue(keys.size() > 100, () -> "the source scan found only " + keys.size() + " keys under " + root);
        return keys;
    }
}
