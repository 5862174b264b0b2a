package org.iamemulator.core.paging;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Pages through a small collection held in memory (a user's attachments, a policy's versions). */
public final class SortedSlice {

    private SortedSlice() {}

    /** The page of {@code rows}, which are sorted by {@code key} under {@code order}, after the page's marker. */
    public static <T> Page<T> page(List<T> rows, PageRequest page, Function<T, String> key, Comparator<String> order) {
        List<T> rest = page.afterKey() == null
                ? rows
                : rows.stream()
                        .filter(row -> order.compare(key.apply(row), page.afterKey()) > 0)
                        .toList();
        return Page.fromLookahead(rest.subList(0, Math.min(rest.size(), page.limit() + 1)), page.limit(), key);
    }
}
