package io.github.zirules.api.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map whose keys and their order are fixed beforehand ({@link Keys}, worked out once and shared), so
 * that a map of the same keys is made by filling in an array of values: the engine's score maps, made for every
 * evaluation over the keys of one rule set. It is a {@link Map} like any other: equal to any map of the same entries,
 * with the same hash code and the same {@code toString} as a {@link LinkedHashMap} of them, iterated in key order.
 * Immutable and safe to share between threads (its entry-set view is made when first asked for; two threads may
 * each make one, which changes nothing).
 *
 * @param <K> the keys
 * @param <V> the values (never null)
 */
public final class FixedKeyMap<K, V> extends AbstractMap<K, V> {

    /**
     * The keys of a family of maps, in order, each with its place. Immutable, shared by every thread.
     *
     * @param <K> the keys
     */
    public static final class Keys<K> {
        private final Object[] keys;
        private final Map<Object, Integer> places;

        /**
         * The keys in this order.
         *
         * @throws IllegalArgumentException if a key appears twice or is null
         */
        public Keys(List<K> keys) {
            this.keys = keys.toArray();
            Map<Object, Integer> p = new HashMap<>(this.keys.length * 4 / 3 + 1);
            for (int i = 0; i < this.keys.length; i++) {
                if (this.keys[i] == null || p.put(this.keys[i], i) != null) {
                    throw new IllegalArgumentException("the keys of a fixed-key map must be distinct and not null, "
                            + "but " + this.keys[i] + " is not: " + keys);
                }
            }
            this.places = p;
        }

        /** How many keys. */
        public int size() {
            return keys.length;
        }

        /** The key at {@code place}. */
        @SuppressWarnings("unchecked")
        public K key(int place) {
            return (K) keys[place];
        }
    }

    private final Keys<K> keys;
    private final Object[] values;
    private Set<Map.Entry<K, V>> entries;
    private Collection<V> valueList;

    private FixedKeyMap(Keys<K> keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * The map of {@code keys} to {@code values}, place by place. The array is taken over, not copied: the caller
     * must not keep it.
     *
     * @throws IllegalArgumentException if there are not as many values as keys, or a value is null
     */
    public static <K, V> Map<K, V> of(Keys<K> keys, V[] values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException(values.length + " values for " + keys.size() + " keys");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException("no value for key " + keys.key(i));
            }
        }
        return new FixedKeyMap<>(keys, values);
    }

    /**
     * {@code map} itself if it is a fixed-key map (it is unmodifiable), else an unmodifiable copy that keeps its
     * order: what the API's records keep of a map they are given.
     */
    public static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        return map instanceof FixedKeyMap<K, V> ? map : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.places.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        Integer place = keys.places.get(key);
        return place == null ? null : (V) values[place];
    }

    @Override
    @SuppressWarnings("unchecked")
    public Collection<V> values() {
        Collection<V> vs = valueList;
        if (vs == null) {
            vs = Collections.unmodifiableList(Arrays.asList((V[]) values));
            valueList = vs;
        }
        return vs;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entries;
        if (es == null) {
            es = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < values.length;
                        }

                        @Override
                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (next >= values.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(keys.key(i), (V) values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return values.length;
                }
            };
            entries = es;
        }
        return es;
    }

    @Override
    public V put(K key, V value) {
        throw unmodifiable();
    }

    @Override
    public V remove(Object key) {
        throw unmodifiable();
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        throw unmodifiable();
    }

    @Override
    public void clear() {
        throw unmodifiable();
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("the map is unmodifiable");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(keys.key(i), (V) values[i]);
        }
    }
}
