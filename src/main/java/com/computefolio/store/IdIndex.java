package com.computefolio.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values by row id while a load assembles its rows. The store assigns ids densely from 1, so an
 * array indexed by id is the usual case: no boxing and no hashing for millions of child rows (hash
 * maps were a quarter of a large load). Ids beyond a sane array size fall back to a map.
 */
final class IdIndex<T> {

    private static final long MAX_ARRAY_IDS = 1L << 24;

    private final Object[] array;
    private final Map<Long, T> map;

    /** @param idLimit one more than the largest id that can occur */
    IdIndex(long idLimit) {
        if (idLimit <= MAX_ARRAY_IDS) {
            array = new Object[(int) Math.max(idLimit, 1)];
            map = null;
        } else {
            array = null;
            map = new HashMap<>();
        }
    }

    @SuppressWarnings("unchecked")
    T get(long id) {
        if (array == null) {
            return map.get(id);
        }
        return id >= 0 && id < array.length ? (T) array[(int) id] : null;
    }

    T computeIfAbsent(long id, Supplier<T> supplier) {
        T value = get(id);
        if (value == null) {
            value = supplier.get();
            put(id, value);
        }
        return value;
    }

    private void put(long id, T value) {
        if (map != null) {
            map.put(id, value);
        } else if (id >= 0 && id < array.length) {
            array[(int) id] = value;
        } else {
            // Ids are read in the same transaction as the limit, so this means a broken invariant.
            throw new IllegalStateException("row id " + id + " is beyond the largest id read before");
        }
    }
}
