package com.computefolio.service;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * What a view derives from each row of its selections (a table's row object, say), made once per
 * deal and revision and kept in an array by the row's slot in the register's index: a keystroke at
 * 100,000 deals then finds its rows by array index instead of hashing 100,000 objects, whose
 * scattered headers cost more than the rest of the keystroke. Starts afresh when a selection comes
 * from another register (a load, an edit, another scenario), and holds at most one value per slot.
 * Safe for use from several threads.
 *
 * @param <T> what is made per row; it must depend only on the row's {@link DealView} and on what the
 *            caller keeps fixed for the life of this memo
 */
public final class RowMemo<T> {

    /** The index whose slots {@link #bySlot} is laid out by; compared by identity. */
    private Object space;
    private Object[] bySlot = new Object[0];

    /** The value of each row of {@code selection}, in its order; {@code make} runs for rows not seen before. */
    @SuppressWarnings("unchecked")
    public synchronized List<T> rowsOf(DealSelection selection, Function<? super DealView, ? extends T> make) {
        MatchedDeals matched = selection.matched();
        if (matched.size() == 0) {
            return List.of();
        }
        if (matched.index() != space) {
            space = matched.index();
            bySlot = new Object[matched.index().slotCount()];
        }
        Object[] out = new Object[matched.size()];
        for (int i = 0; i < out.length; i++) {
            int slot = matched.slot(i);
            Object value = bySlot[slot];
            if (value == null) {
                value = make.apply(matched.get(i).view());
                bySlot[slot] = value;
            }
            out[i] = value;
        }
        return (List<T>) Collections.unmodifiableList(Arrays.asList(out));
    }
}
