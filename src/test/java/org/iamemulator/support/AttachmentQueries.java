package org.iamemulator.support;

import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The queries the policy-attachment repositories of users, groups and agencies share, over their rows in memory:
 * {@code findBy<Holder>Id}, {@code countBy<Holder>Id} and {@code findInAccount(policyId, accountId)}.
 */
public final class AttachmentQueries {

    private AttachmentQueries() {}

    /**
     * @param holder the holder's name in the query names ({@code User}, {@code Group}, {@code Agency})
     * @param holderInAccount whether the holder with this id (first) belongs to the account (second)
     */
    public static <A> Map<String, Function<Object[], Object>> of(
            FakeRepository<A, ?> rows,
            String holder,
            Function<A, String> holderId,
            Function<A, String> policyId,
            BiPredicate<String, Object> holderInAccount) {
        return Map.of(
                "findBy" + holder + "Id",
                args -> rows.rows().stream()
                        .filter(a -> holderId.apply(a).equals(args[0]))
                        .toList(),
                "countBy" + holder + "Id",
                args -> rows.count(a -> holderId.apply(a).equals(args[0])),
                "findInAccount",
                args -> rows.rows().stream()
                        .filter(a ->
                                policyId.apply(a).equals(args[0]) && holderInAccount.test(holderId.apply(a), args[1]))
                        .toList());
    }
}
