package org.iamemulator.core.authz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iamemulator.core.identity.AgencySession;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.policy.EffectivePolicies;
import org.iamemulator.core.user.UserSnapshots;
import org.iamemulator.core.user.UserView;
import org.iamemulator.policyengine.AttachedPolicy;
import org.iamemulator.policyengine.ConditionKeys;
import org.iamemulator.policyengine.Decision;
import org.iamemulator.policyengine.PolicyDocument;
import org.iamemulator.policyengine.PolicyEngine;
import org.iamemulator.policyengine.RequestContext;
import org.iamemulator.policyengine.TrustPolicy;
import org.iamemulator.policyengine.TrustPrincipal;
import org.springframework.stereotype.Component;

/**
 * Builds the request context that policies are evaluated against and evaluates it: one implementation for
 * enforcement and for the simulator, so that both always decide alike.
 */
@Component
public class Authorizer {

    /** Which kind of policy refused, as decoded authorization messages say it. */
    public static final String IDENTITY_POLICY = "identity-based policy";

    public static final String SESSION_POLICY = "session policy";
    public static final String TRUST_POLICY = "trust policy";
    /** The id under which a session's inline policy appears among deciding statements. */
    public static final String INLINE_SESSION_POLICY_ID = "session_policy";

    private final PolicyEngine engine = new PolicyEngine();
    private final EffectivePolicies effectivePolicies;
    private final UserSnapshots users;
    private final Clock clock;
    /** Inline session policies compiled, by text: sessions send the same text on every request. */
    private final Cache<String, PolicyDocument> inlineSessionPolicies =
            Caffeine.newBuilder().maximumSize(1_000).build();

    public Authorizer(EffectivePolicies effectivePolicies, UserSnapshots users, Clock clock) {
        this.effectivePolicies = effectivePolicies;
        this.users = users;
        this.clock = clock;
    }

    /** A decision together with what it was based on and which kind of policy decided a refusal. */
    public record Evaluation(Principal principal, RequestContext context, Decision decision, String policyKind) {

        public Evaluation(Principal principal, RequestContext context, Decision decision) {
            this(principal, context, decision, IDENTITY_POLICY);
        }
    }

    /** The caller with its current tags (a user's, cached, see UserSnapshots; a session's session tags). */
    public Principal principal(Caller caller) {
        if (caller.isSession()) {
            return Principal.of(caller, caller.session().tags());
        }
        UserView user = users.get(caller.userId());
        Map<String, String> tags = user == null ? Map.of() : user.tags();
        return Principal.of(caller, tags);
    }

    /**
     * Evaluates the caller's own policies and those of its groups, at their default versions (cached); for a
     * session, the agency's policies limited by the session policies, looked up again now.
     */
    public Evaluation evaluate(
            Caller caller, String action, ProtectedResource resource, Map<String, List<String>> requestConditions) {
        Principal principal = principal(caller);
        RequestContext context = context(principal, action, resource, requestConditions);
        if (caller.isSession()) {
            AgencySession session = caller.session();
            PolicyEngine.LimitedDecision limited = engine.evaluateLimited(
                    context, effectivePolicies.ofAgency(session.agencyId()), sessionPolicies(session));
            return new Evaluation(
                    principal,
                    context,
                    limited.decision(),
                    limited.refusedByLimit() ? SESSION_POLICY : IDENTITY_POLICY);
        }
        List<AttachedPolicy> policies = caller.rootUser() ? List.of() : effectivePolicies.ofUser(caller.userId());
        return new Evaluation(principal, context, engine.evaluate(context, policies));
    }

    /**
     * Evaluates an agency's trust policy for the caller (an IAM principal of its account, named by its URN) with the
     * same context as identity policies, the agency as the resource.
     */
    public Evaluation evaluateTrust(
            Caller caller,
            TrustPolicy trust,
            String action,
            ProtectedResource agency,
            Map<String, List<String>> requestConditions) {
        Principal principal = principal(caller);
        RequestContext context = context(principal, action, agency, requestConditions);
        return new Evaluation(
                principal,
                context,
                trust.evaluate(TrustPrincipal.iam(caller.accountId(), caller.urn()), context),
                TRUST_POLICY);
    }

    public Decision evaluate(RequestContext context, List<AttachedPolicy> policies) {
        return engine.evaluate(context, policies);
    }

    /** The session's policies, or null when it has none (then the agency's policies alone decide). */
    private List<AttachedPolicy> sessionPolicies(AgencySession session) {
        if (!session.limitedBySessionPolicies()) {
            return null;
        }
        List<AttachedPolicy> policies = new ArrayList<>();
        if (session.sessionPolicy() != null) {
            policies.add(new AttachedPolicy(
                    INLINE_SESSION_POLICY_ID,
                    "v1",
                    inlineSessionPolicies.get(session.sessionPolicy(), PolicyDocument::parse)));
        }
        policies.addAll(effectivePolicies.ofPolicies(session.accountId(), session.sessionPolicyIds()));
        return policies;
    }

    /**
     * The context of a request: the principal's global keys, the resource's tags, {@code iam:ResourceIsRootUser}
     * for user resources, the current time, then {@code extra} (request-specific keys), which replaces any key it
     * also names.
     */
    public RequestContext context(
            Principal principal, String action, ProtectedResource resource, Map<String, List<String>> extra) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(ConditionKeys.PRINCIPAL_ACCOUNT, List.of(principal.accountId()));
        values.put(ConditionKeys.PRINCIPAL_IS_ROOT_USER, List.of(String.valueOf(principal.rootUser())));
        if (principal.urn() != null) {
            values.put(ConditionKeys.PRINCIPAL_URN, List.of(principal.urn()));
            values.put(ConditionKeys.PRINCIPAL_TYPE, List.of(principal.type()));
        }
        if (principal.userId() != null) {
            values.put(ConditionKeys.USER_ID, List.of(principal.userId()));
            values.put(ConditionKeys.USER_NAME, List.of(principal.userName()));
        }
        principal.tags().forEach((key, value) -> values.put(ConditionKeys.PRINCIPAL_TAG_PREFIX + key, List.of(value)));
        values.put(
                ConditionKeys.CURRENT_TIME,
                List.of(DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS))));
        if (resource.urn() != null) {
            resource.tags()
                    .forEach((key, value) -> values.put(ConditionKeys.RESOURCE_TAG_PREFIX + key, List.of(value)));
            if (isUserUrn(resource.urn())) {
                values.put(ConditionKeys.IAM_RESOURCE_IS_ROOT_USER, List.of(String.valueOf(resource.rootUser())));
            }
        }
        Map<String, List<String>> merged = new LinkedHashMap<>();
        values.forEach((key, list) -> merged.put(key.toLowerCase(Locale.ROOT), list));
        extra.forEach((key, list) -> merged.put(key.toLowerCase(Locale.ROOT), list));
        RequestContext.Builder builder =
                RequestContext.builder().action(action).resource(resource.urn()).principalIsRoot(principal.rootUser());
        merged.forEach(builder::condition);
        return builder.build();
    }

    private static boolean isUserUrn(String urn) {
        return urn.startsWith("iam::") && urn.indexOf(":user:") > 0;
    }
}
