package io.github.zirules.json.internal;

/**
 * JSON paths for problem locations, in the form {@link io.github.zirules.api.AssessmentValidator} uses:
 * {@code $.unit.id}, {@code $.answers['PEM.MP.1.a']}, {@code $.evidence['PEM.MP.1.a'][0].title}.
 */
public final class JsonPath {

    /** The root. */
    public static final String ROOT = "$";

    private JsonPath() {
    }

    /** The path of a member: {@code .name} for a plain name, {@code ['name']} otherwise or when asked. */
    public static String member(String parent, String name, boolean bracket) {
        if (!bracket && isPlain(name)) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The path of an array element. */
    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return name.charAt(0) < 0x80;
    }
}
