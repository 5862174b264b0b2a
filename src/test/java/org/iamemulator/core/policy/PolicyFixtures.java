package org.iamemulator.core.policy;

import java.time.Instant;
import java.util.Map;
import org.iamemulator.support.FakeRepository;

/** Policies in memory as other core services look them up: custom policies of an account and system policies. */
public final class PolicyFixtures {

    private static final Instant CREATED = Instant.parse("2024-01-31T08:00:00Z");

    public final FakeRepository<Policy, String> rows = new FakeRepository<>(Policy::id);
    public final PolicyRepository repository = rows.as(
            PolicyRepository.class,
            Map.of(
                    "findVisible",
                    args -> rows.find(policy -> policy.id().equals(args[0])
                            && (policy.accountId() == null || policy.accountId().equals(args[1])))));

    /** A custom policy of {@code accountId}, or a system policy (visible in every account) for null. */
    public Policy policy(String id, String accountId) {
        return rows.add(new Policy(id, accountId, "policy-" + id, "", "", CREATED));
    }

    public Policy systemPolicy(String id) {
        return policy(id, null);
    }
}
