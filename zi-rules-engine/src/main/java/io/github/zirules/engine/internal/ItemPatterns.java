package io.github.zirules.engine.internal;

import io.github.zirules.rules.ScoredItem;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * Which items a compiled rule set's patterns may match, so that only those are inserted as facts: an item that no
 * pattern on {@code ScoredItem} can match (a choice item valued from the answer-value table, once the rules declare
 * one) would only cost Drools its bookkeeping. The test is the rule set's own alpha network: an item is inserted when
 * it passes every single-fact condition of some path from its type's node to a join or a rule, that is whenever
 * Drools itself would have propagated it further. Anything uncertain (a condition that fails to evaluate, a type that
 * is not a class) inserts the item, so a pattern sees exactly the items it saw when every item was a fact.
 * The outcome for a choice or unanswered item is remembered by item, label and evidence count. Shared by every
 * thread.
 */
final class ItemPatterns {

    /**
     * Drools' plain fact handle, reached by reflection: its class carries JAXB annotations that the compiler would
     * warn of, JAXB not being on the class path.
     */
    private static final Constructor<?> HANDLE;

    static {
        try {
            HANDLE = Class.forName("org.drools.core.common.DefaultFactHandle")
                    .getConstructor(long.class, Object.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Drools' DefaultFactHandle is not as expected", e);
        }
    }

    /** Every rule set with a pattern that matches any object (or any item, unconstrained) inserts every item. */
    private static final ItemPatterns ALL = new ItemPatterns(List.of(), true);

    /** How many answers' outcomes are remembered at most; beyond, the conditions are evaluated each time. */
    private static final int KNOWN_LIMIT = 50_000;

    private final List<ObjectTypeNode> roots;
    private final boolean all;
    /**
     * The outcome for an item answered with a choice or not answered, by item, label and evidence count: all a
     * condition can see of such an item when it is inserted (its other fields are its instrument's, its value and
     * points are not yet given), so the same key always has the same outcome.
     */
    private final Map<Key, Boolean> known = new ConcurrentHashMap<>();

    /** An item answered with {@code label} (null: unanswered) and {@code evidence} documents. */
    private record Key(String item, String label, int evidence) {
    }

    private ItemPatterns(List<ObjectTypeNode> roots, boolean all) {
        this.roots = roots;
        this.all = all;
    }

    /** The item patterns of {@code kieBase}; every item counts as matched if its network cannot be read. */
    static ItemPatterns of(KieBase kieBase) {
        if (!(kieBase instanceof InternalRuleBase rb)) {
            return ALL;
        }
        List<ObjectTypeNode> roots = new ArrayList<>();
        for (ObjectTypeNode otn : rb.getRete().getObjectTypeNodes()) {
            ObjectType type = otn.getObjectType();
            if (!(type instanceof ClassObjectType c)) {
                return ALL;
            }
            Class<?> cls = c.getClassType();
            if (cls.isAssignableFrom(ScoredItem.class) || cls.getName().equals(ScoredItem.class.getName())) {
                for (ObjectSink sink : otn.getObjectSinkPropagator().getSinks()) {
                    if (!(sink instanceof AlphaNode)) {
                        return ALL;
                    }
                }
                roots.add(otn);
            }
        }
        return new ItemPatterns(List.copyOf(roots), false);
    }

    /**
     * Whether some pattern of {@code kieBase} reads facts of {@code type} directly: a node in its network for that type
     * or a supertype (such as {@code Object}). A rule set that reads a level only through the score sheet
     * ({@code ScoredIndicator() from $k.indicators}) has none, and the level's objects need not be facts. True if the
     * network cannot be read.
     */
    static boolean readsDirectly(KieBase kieBase, Class<?> type) {
        if (!(kieBase instanceof InternalRuleBase rb)) {
            return true;
        }
        for (ObjectTypeNode otn : rb.getRete().getObjectTypeNodes()) {
            if (!(otn.getObjectType() instanceof ClassObjectType c)) {
                return true;
            }
            Class<?> cls = c.getClassType();
            if (cls.isAssignableFrom(type) || cls.getName().equals(type.getName())) {
                return true;
            }
        }
        return false;
    }

    /** A handle to test items with, one per evaluation ({@link #mayMatch}); null if no item needs testing. */
    InternalFactHandle newHandle() {
        if (all || roots.isEmpty()) {
            return null;
        }
        try {
            return (InternalFactHandle) HANDLE.newInstance(0L, null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Drools' DefaultFactHandle could not be made", e);
        }
    }

    /**
     * Whether some pattern may match {@code item}, its conditions evaluated in {@code session} through
     * {@code handle} (from {@link #newHandle()}).
     */
    boolean mayMatch(ScoredItem item, ValueResolver session, InternalFactHandle handle) {
        if (all) {
            return true;
        }
        if (roots.isEmpty()) {
            return false;
        }
        if (item.isAnswered() && item.getAnswer() == null) {
            return evaluate(item, session, handle);
        }
        Key key = new Key(item.getId(), item.getAnswer(), item.getEvidenceCount());
        Boolean outcome = known.get(key);
        if (outcome == null) {
            outcome = evaluate(item, session, handle);
            if (known.size() < KNOWN_LIMIT) {
                known.put(key, outcome);
            }
        }
        return outcome;
    }

    private boolean evaluate(ScoredItem item, ValueResolver session, InternalFactHandle handle) {
        handle.setObject(item);
        for (ObjectTypeNode otn : roots) {
            if (reaches(otn, handle, session)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the fact passes the conditions of some path from {@code source} to a node that is not a condition. */
    private static boolean reaches(ObjectSource source, InternalFactHandle handle, ValueResolver session) {
        for (ObjectSink sink : source.getObjectSinkPropagator().getSinks()) {
            if (!(sink instanceof AlphaNode a)) {
                return true;
            }
            if (allows(a, handle, session) && reaches(a, handle, session)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a condition allows the fact; a condition that fails here lets it through, for Drools to report. */
    private static boolean allows(AlphaNode node, InternalFactHandle handle, ValueResolver session) {
        try {
            return node.getConstraint().isAllowed(handle, session);
        } catch (RuntimeException e) {
            return true;
        }
    }
}
