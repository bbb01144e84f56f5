package io.github.zirules.rules;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable map over two arrays of one score sheet: the ids (the layout's, shared by every evaluation of a rule
 * set) and the facts of this sheet, in the layout's order, found by the layout's index of the ids. Made per
 * evaluation without hashing anything: only the array of facts is new.
 *
 * @param <V> the kind of fact
 */
final class IndexedMap<V> extends AbstractMap<String, V> {

    private final String[] ids;
    private final V[] values;
    private final Map<String, Integer> index;
    private @Nullable Set<Map.Entry<String, V>> entries;
    private @Nullable Collection<V> valueList;

    IndexedMap(String[] ids, V[] values, Map<String, Integer> index) {
        this.ids = ids;
        this.values = values;
        this.index = index;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public @Nullable V get(@Nullable Object key) {
        Integer i = key == null ? null : index.get(key);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return key != null && index.containsKey(key);
    }

    @Override
    public Collection<V> values() {
        Collection<V> v = valueList;
        if (v == null) {
            v = Collections.unmodifiableList(Arrays.asList(values));
            valueList = v;
        }
        return v;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(ids[i], values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        Set<Map.Entry<String, V>> e = entries;
        if (e == null) {
            e = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, V>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < values.length;
                        }

                        @Override
                        public Map.Entry<String, V> next() {
                            if (next >= values.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(ids[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return values.length;
                }
            };
            entries = e;
        }
        return e;
    }
}
