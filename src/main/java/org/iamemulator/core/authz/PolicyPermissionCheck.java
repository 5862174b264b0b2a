package org.iamemulator.core.authz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.identity.AuthMode;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.policyengine.Outcome;
import org.iamemulator.policyengine.TrustPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces identity policies: the root user may do everything; an IAM user may do what its own policies and its
 * groups' policies allow and none denies; a session what its agency's policies and its session policies both allow.
 * Also enforces agencies' trust policies (TrustCheck), which exempt nobody. In soft mode a would-be denial is logged and the request goes on; off mode
 * allows everything.
 */
public class PolicyPermissionCheck implements PermissionCheck, TrustCheck {

    private static final Logger log = LoggerFactory.getLogger(PolicyPermissionCheck.class);

    private final Authorizer authorizer;
    private final AuthorizationMessages messages;
    private final AuthMode mode;
    private final List<AuthorizationObserver> observers;
    private final RequestFacts facts;

    public PolicyPermissionCheck(
            Authorizer authorizer,
            AuthorizationMessages messages,
            AuthMode mode,
            List<AuthorizationObserver> observers,
            RequestFacts facts) {
        this.facts = facts;
        this.authorizer = authorizer;
        this.messages = messages;
        this.mode = mode;
        this.observers = List.copyOf(observers);
    }

    @Override
    public void require(
            Caller caller, String action, ProtectedResource resource, Map<String, List<String>> requestConditions) {
        if (caller.rootUser() || mode == AuthMode.OFF) {
            // the root user has every permission, and off mode checks none: nothing to load
            boolean enforced = caller.rootUser();
            observers.forEach(observer ->
                    observer.decided(caller, action, resource.urn(), Outcome.ALLOW, List.of(), enforced, 0));
            return;
        }
        enforce(
                caller,
                action,
                resource,
                () -> authorizer.evaluate(caller, action, resource, withFacts(requestConditions)));
    }

    @Override
    public void requireTrusted(
            Caller caller,
            TrustPolicy trust,
            String action,
            ProtectedResource agency,
            Map<String, List<String>> requestConditions) {
        if (mode == AuthMode.OFF) {
            observers.forEach(
                    observer -> observer.decided(caller, action, agency.urn(), Outcome.ALLOW, List.of(), false, 0));
            return;
        }
        enforce(
                caller,
                action,
                agency,
                () -> authorizer.evaluateTrust(caller, trust, action, agency, withFacts(requestConditions)));
    }

    private Map<String, List<String>> withFacts(Map<String, List<String>> requestConditions) {
        Map<String, List<String>> conditions = new HashMap<>(facts.current());
        conditions.putAll(requestConditions);
        return conditions;
    }

    /** Evaluates, tells the observers, and refuses a denial (in soft mode: logs it). */
    private void enforce(
            Caller caller, String action, ProtectedResource resource, Supplier<Authorizer.Evaluation> evaluate) {
        long start = System.nanoTime();
        Authorizer.Evaluation evaluation = evaluate.get();
        long evaluationNanos = System.nanoTime() - start;
        boolean allowed = evaluation.decision().allowed();
        observers.forEach(observer -> observer.decided(
                caller,
                action,
                resource.urn(),
                evaluation.decision().outcome(),
                evaluation.decision().deciding(),
                allowed || mode == AuthMode.STRICT,
                evaluationNanos));
        if (allowed) {
            return;
        }
        boolean explicit = evaluation.decision().outcome() == Outcome.EXPLICIT_DENY;
        if (mode == AuthMode.SOFT) {
            log.warn(
                    "Soft authorization: allowing {} on {} for {} although {} by {} (deciding: {})",
                    action,
                    resource.urn(),
                    caller.urn(),
                    evaluation.decision().outcome(),
                    evaluation.policyKind(),
                    evaluation.decision().deciding());
            return;
        }
        throw new AccessDeniedException(
                caller.urn(), action, resource.urn(), explicit, evaluation.policyKind(), messages.encode(evaluation));
    }
}
