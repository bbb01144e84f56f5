package io.github.zirules.engine.internal.lint;

import io.github.zirules.rules.Exact;
import io.github.zirules.rules.ScoredArea;
import io.github.zirules.rules.ScoredAreaPart;
import io.github.zirules.rules.ScoredIndicator;
import io.github.zirules.rules.ScoredItem;
import io.github.zirules.rules.Scorecard;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a rule file may name: the rule vocabulary of {@code io.github.zirules.rules}, read from the classes themselves
 * so that a method added to the vocabulary is allowed at once. Every public member of a vocabulary class is for rule
 * authors: what only the engine may call is not public there (the engine reaches it through
 * {@link io.github.zirules.rules.internal.ScoreSheet}), so no list of names holds anything back.
 */
final class Vocabulary {

    /** The package whose classes a rule file may import. */
    static final String PACKAGE = "io.github.zirules.rules";

    /** The classes rules may match as facts. */
    static final List<Class<?>> FACT_TYPES = List.of(Scorecard.class, ScoredItem.class, ScoredIndicator.class,
            ScoredAreaPart.class, ScoredArea.class);

    /** Every vocabulary class a rule file may name. */
    static final List<Class<?>> TYPES = List.of(Scorecard.class, ScoredItem.class, ScoredIndicator.class,
            ScoredAreaPart.class, ScoredArea.class, Exact.class);

    /** Harmless methods of every value (String, Exact) that rules may call. */
    private static final Set<String> COMMON = Set.of("equals", "compareTo", "toString", "startsWith", "endsWith",
            "length", "isEmpty", "equalsIgnoreCase");

    /** Type names a rule may write besides the vocabulary. */
    static final Set<String> PLAIN_TYPES = Set.of("String", "int", "long", "boolean", "var");

    /** Methods consequences may call: every public vocabulary method. */
    static final Set<String> ACTION_METHODS;
    /** Methods conditions may call: those that return a value (setters and decisions return nothing). */
    static final Set<String> QUERY_METHODS;
    /** Public constants, such as {@code Exact.ZERO}. */
    static final Set<String> CONSTANTS;
    /** Simple names of {@link #TYPES}. */
    static final Set<String> TYPE_NAMES;
    /** Simple names of {@link #FACT_TYPES}. */
    static final Set<String> FACT_TYPE_NAMES;
    /**
     * The properties a condition may read, by fact type's simple name: {@code getX()} and {@code isX()} read as
     * {@code x}, and methods without parameters that return a value. Nothing else: the closed vocabulary.
     */
    static final Map<String, Set<String>> PROPERTIES;
    /** Every property of {@link #PROPERTIES}, for a chain whose fact type the lint cannot know. */
    static final Set<String> ALL_PROPERTIES;

    static {
        Set<String> action = new TreeSet<>(COMMON);
        Set<String> query = new TreeSet<>(COMMON);
        Set<String> constants = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        for (Class<?> c : TYPES) {
            types.add(c.getSimpleName());
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    action.add(m.getName());
                    if (m.getReturnType() != void.class) {
                        query.add(m.getName());
                    }
                }
            }
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && Modifier.isFinal(mod)) {
                    constants.add(f.getName());
                }
            }
        }
        ACTION_METHODS = Set.copyOf(action);
        QUERY_METHODS = Set.copyOf(query);
        CONSTANTS = Set.copyOf(constants);
        TYPE_NAMES = Set.copyOf(types);
        Set<String> facts = new TreeSet<>();
        FACT_TYPES.forEach(c -> facts.add(c.getSimpleName()));
        FACT_TYPE_NAMES = Set.copyOf(facts);
        Map<String, Set<String>> props = new TreeMap<>();
        Set<String> all = new TreeSet<>();
        for (Class<?> c : TYPES) {
            Set<String> ps = new TreeSet<>();
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                    ps.add(property(m.getName()));
                }
            }
            props.put(c.getSimpleName(), Set.copyOf(ps));
            all.addAll(ps);
        }
        PROPERTIES = Map.copyOf(props);
        ALL_PROPERTIES = Set.copyOf(all);
    }

    /** The property a getter reads: {@code getAnswerType} → {@code answerType}; other names as they are. */
    static String property(String method) {
        int from = method.startsWith("get") ? 3 : method.startsWith("is") ? 2 : 0;
        if (from == 0 || method.length() == from || !Character.isUpperCase(method.charAt(from))) {
            return method;
        }
        return Character.toLowerCase(method.charAt(from)) + method.substring(from + 1);
    }

    private Vocabulary() {
    }
}
