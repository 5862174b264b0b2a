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
import org.iamemulator.policyengine.TrustPolicy;
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
     * replaces condition-key values. With {@code trustPolicy} (an agency's trust policy, for a principal user), the
     * actions are decided by that trust policy instead, as AssumeAgency's second side decides them.
     */
    public record Simulation(
            String accountId,
            String principalUserId,
            List<String> policyDocuments,
            List<String> actions,
            List<String> resources,
            Map<String, List<String>> context,
            String trustPolicy) {

        public Simulation(
                String accountId,
                String principalUserId,
                List<String> policyDocuments,
                List<String> actions,
                List<String> resources,
                Map<String, List<String>> context) {
            this(accountId, principalUserId, policyDocuments, actions, resources, context, null);
        }
    }

    /**
     * {@code actionStatus}: whether the catalog knows the action; an unknown {@code iam:}/{@code sts:} action (a
     * misspelling, most likely) is denied by every policy that does not grant all actions of its service.
     */
    public record Result(String action, String resource, Decision decision, ActionStatus actionStatus) {}

    public List<Result> simulate(Simulation simulation) {
        if (simulation.actions() == null || simulation.actions().isEmpty()) {
            throw InvalidInputException.missingField("actions");
        }
        if (simulation.principalUserId() == null && simulation.policyDocuments() == null) {
            throw InvalidInputException.missingField("principal_user_id");
        }
        if (simulation.trustPolicy() != null) {
            return simulateTrust(simulation);
        }
        Principal principal;
        List<AttachedPolicy> policies;
        if (simulation.principalUserId() != null) {
            Caller caller = principalCaller(simulation.principalUserId());
            principal = authorizer.principal(caller);
            policies = simulation.policyDocuments() != null
                    ? parse(simulation.policyDocuments())
                    : effectivePolicies.ofUser(caller.userId());
        } else {
            principal = new Principal(simulation.accountId(), null, null, false, Map.of());
            policies = parse(simulation.policyDocuments());
        }
        return decideEach(
                simulation,
                principal.accountId(),
                (action, resource, context) ->
                        authorizer.evaluate(authorizer.context(principal, action, resource, context), policies));
    }

    /** The trust policy's decisions for the principal user, who must be given. */
    private List<Result> simulateTrust(Simulation simulation) {
        if (simulation.principalUserId() == null) {
            throw InvalidInputException.missingField("principal_user_id");
        }
        Caller caller = principalCaller(simulation.principalUserId());
        TrustPolicy trust;
        try {
            trust = TrustPolicy.parse(simulation.trustPolicy());
        } catch (PolicyValidationException e) {
            throw new MalformedPolicyException("trust_policy: " + e.getMessage());
        }
        return decideEach(
                simulation,
                caller.accountId(),
                (action, resource, context) -> authorizer
                        .evaluateTrust(caller, trust, action, resource, context)
                        .decision());
    }

    private interface Decider {
        Decision decide(String action, ProtectedResource resource, Map<String, List<String>> context);
    }

    /** Every action on every resource (none when no resources are given), actions outer. */
    private List<Result> decideEach(Simulation simulation, String accountId, Decider decider) {
        List<String> resources =
                simulation.resources() == null || simulation.resources().isEmpty()
                        ? Arrays.asList((String) null)
                        : simulation.resources();
        Map<String, List<String>> context = simulation.context() == null ? Map.of() : simulation.context();
        List<Result> results = new ArrayList<>();
        for (String action : simulation.actions()) {
            for (String urn : resources) {
                results.add(new Result(
                        action,
                        urn,
                        decider.decide(action, resolve(accountId, urn), context),
                        AuthorizationCatalog.status(action)));
            }
        }
        return results;
    }

    private Caller principalCaller(String userId) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        return new Caller(user.accountId(), user.id(), user.name(), user.rootUser());
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
                policies.add(new AttachedPolicy(
                        id, "v1", PolicyDocument.parse(documents.get(i), AuthorizationCatalog.knownActions())));
            } catch (PolicyValidationException e) {
                throw new MalformedPolicyException(id + ": " + e.getMessage());
            }
        }
        return policies;
    }
}
