package org.iamemulator.core.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.FakeRepository;

/** Policies in memory, the way the policy services find them: an account's own and the system policies. */
final class PolicyFixtures {

    final FakeRepository<Policy, String> rows = new FakeRepository<>(Policy::id);
    final PolicyRepository repository = rows.as(
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
    Policy custom(String accountId, String name, Instant createdAt) {
        return rows.add(new Policy("policy-" + name, accountId, name, "", "", createdAt));
    }
}
