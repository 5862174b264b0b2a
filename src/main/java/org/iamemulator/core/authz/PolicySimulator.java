package org.iamemulator.core.authz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.Urns;
import org.iamemulator.core.catalog.ActionStatus;
import org.iamemulator.core.catalog.AuthorizationCatalog;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.MalformedPolicyException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.policy.EffectivePolicies;
import org.iamemulator.core.user.User;
import org.iamemulator.core.user.UserRepository;
import org.iamemulator.policyengine.AttachedPolicy;
import org.iamemulator.policyengine.Decision;
import org.iamemulator.policyengine.PolicyDocument;
import org.iamemulator.policyengine.PolicyValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers what enforcement would decide, without acting: for a stored user (its own and its groups' policies) or
 * for given documents. It builds the same request context as enforcement, with the stored tags of user resources,
 * so that both decide alike.
 */
@Service
@Transactional(readOnly = true)
public class PolicySimulator {

    private final Authorizer authorizer;
    private final EffectivePolicies effectivePolicies;
    private final UserRepository users;

    public PolicySimulator(Authorizer authorizer, EffectivePolicies effectivePolicies, UserRepository users) {
        this.authorizer = authorizer;
        this.effectivePolicies = effectivePolicies;
        this.users = users;
    }

    /**
     * What to simulate. {@code principalUserId} and/or {@code policyDocuments} (documents replace the user's own
     * policies); {@code resources} empty means the actions are simulated without a resource; {@code context} adds or
     * replaces condition-key values.
     */
    public record Simulation(String accountId, String principalUserId, List<String> policyDocuments,
            List<String> actions, List<String> resources, Map<String, List<String>> context) {
    }

    /**
     * {@code actionStatus}: whether the catalog knows the action; an unknown {@code iam:}/{@code sts:} action (a
     * misspelling, most likely) is denied by every policy that does not grant all actions of its service.
     */
    public record Result(String action, String resource, Decision decision, ActionStatus actionStatus) {
    }

    public List<Result> simulate(Simulation simulation) {
        if (simulation.actions() == null || simulation.actions().isEmpty()) {
            throw InvalidInputException.missingField("actions");
        }
        if (simulation.principalUserId() == null && simulation.policyDocuments() == null) {
            throw InvalidInputException.missingField("principal_user_id");
        }
        Principal principal;
        List<AttachedPolicy> policies;
        if (simulation.principalUserId() != null) {
            User user = users.findById(simulation.principalUserId())
                    .orElseThrow(() -> new NotFoundException("user", simulation.principalUserId()));
            principal = authorizer.principal(new Caller(user.accountId(), user.id(), user.name(), user.rootUser()));
            policies = simulation.policyDocuments() != null ? parse(simulation.policyDocuments())
                    : effectivePolicies.ofUser(user.id());
        } else {
            principal = new Principal(simulation.accountId(), null, null, false, Map.of());
            policies = parse(simulation.policyDocuments());
        }
        List<String> resources = simulation.resources() == null || simulation.resources().isEmpty()
                ? Arrays.asList((String) null) : simulation.resources();
        Map<String, List<String>> context = simulation.context() == null ? Map.of() : simulation.context();
        List<Result> results = new ArrayList<>();
        for (String action : simulation.actions()) {
            for (String urn : resources) {
                ProtectedResource resource = resolve(principal.accountId(), urn);
                Decision decision = authorizer.evaluate(
                        authorizer.context(principal, action, resource, context), policies);
                results.add(new Result(action, urn, decision, AuthorizationCatalog.status(action)));
            }
        }
        return results;
    }

    /** A user URN of the account is resolved to the stored user, for its tags; anything else has no tags. */
    private ProtectedResource resolve(String accountId, String urn) {
        String userPrefix = Urns.user(accountId, "");
        if (urn != null && urn.startsWith(userPrefix)) {
            return users.findByAccountIdAndNameKey(accountId, User.nameKey(urn.substring(userPrefix.length())))
                    .map(user -> new ProtectedResource(urn, user.tags(), user.rootUser()))
                    .orElse(new ProtectedResource(urn, Map.of(), false));
        }
        return new ProtectedResource(urn, Map.of(), false);
    }

    private static List<AttachedPolicy> parse(List<String> documents) {
        List<AttachedPolicy> policies = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String id = "policy_documents[" + i + "]";
            if (documents.get(i) == null) {
                throw new MalformedPolicyException(id + ": null is not a policy document");
            }
            try {
                policies.add(new AttachedPolicy(id, "v1", PolicyDocument.parse(documents.get(i),
                        AuthorizationCatalog.knownActions())));
            } catch (PolicyValidationException e) {
                throw new MalformedPolicyException(id + ": " + e.getMessage());
            }
        }
        return policies;
    }
}
