package nl.beroepsregister.export.control;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The rows of a list, page by page from the database, for an export that must never hold the whole list in memory.
 * Each call returns the next page (at most {@code size} rows), and an empty page at the end. A page is typically one
 * call of a boundary, and so one short transaction.
 *
 * @param <T> one row, as the boundary returns it
 */
@FunctionalInterface
public interface RowSource<T> {

    List<T> next(int size);

    /**
     * Rows from a query that pages by position, as a lazy table does ({@code first}, {@code size}): any worklist's
     * query fits, with its filter and sort order.
     */
    static <T> RowSource<T> paged(BiFunction<Integer, Integer, List<T>> page) {
        int[] first = {0};
        return size -> {
            List<T> rows = page.apply(first[0], size);
            first[0] += rows.size();
            return rows;
        };
    }

    /**
     * Rows from a query that pages by key: each page starts after the last key of the page before (null for the
     * first), which stays as fast on the last page of 100,000 rows as on the first.
     */
    static <T, K> RowSource<T> keyed(BiFunction<K, Integer, List<T>> pageAfter, Function<T, K> key) {
        Object[] last = {null};
        return size -> {
            @SuppressWarnings("unchecked")
            List<T> rows = pageAfter.apply((K) last[0], size);
            if (!rows.isEmpty()) {
                last[0] = key.apply(rows.get(rows.size() - 1));
            }
            return rows;
        };
    }
}
