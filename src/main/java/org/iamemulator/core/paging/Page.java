package org.iamemulator.core.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results and the marker for the next one (null on the last page). */
public record Page<T>(List<T> items, String nextMarker) {

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only tells that another page exists.
     */
    public static <T> Page<T> fromLookahead(List<T> rows, int limit, Function<T, String> key) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, PageRequest.markerAfter(key.apply(items.get(limit - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextMarker);
    }
}
