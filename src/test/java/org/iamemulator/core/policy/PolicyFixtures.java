package org.iamemulator.core.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.FakeRepository;

/** Policies in memory, the way the core services find them: an account's own and the system policies. */
public final class PolicyFixtures {

    private static final Instant CREATED = Instant.parse("2024-01-31T08:00:00Z");

    public final FakeRepository<Policy, String> rows = new FakeRepository<>(Policy::id);
    public final PolicyRepository repository = rows.as(
            PolicyRepository.class,
            Map.of(
                    "findVisible",
                            args -> rows.find(policy -> policy.id().equals(args[0])
                                    && (policy.accountId() == null
                                            || policy.accountId().equals(args[1]))),
                    "findAllById",
                            args -> rows.rows().stream()
                                    .filter(policy -> ((List<?>) args[0]).contains(policy.id()))
                                    .toList(),
                    "existsByAccountIdAndPathAndName",
                            args -> rows.any(policy -> policy.accountId().equals(args[0])
                                    && policy.path().equals(args[1])
                                    && policy.name().equals(args[2])),
                    "countByAccountId", args -> rows.count(policy -> args[0].equals(policy.accountId()))));

    /** A custom policy of the account, with {@code policy-<name>} as its id, at the root path. */
    public Policy custom(String accountId, String name, Instant createdAt) {
        return rows.add(new Policy("policy-" + name, accountId, name, "", "", createdAt));
    }

    /** A custom policy of {@code accountId}, or a system policy (visible in every account) for null. */
    public Policy policy(String id, String accountId) {
        return rows.add(new Policy(id, accountId, "policy-" + id, "", "", CREATED));
    }

    public Policy systemPolicy(String id) {
        return policy(id, null);
    }
}
