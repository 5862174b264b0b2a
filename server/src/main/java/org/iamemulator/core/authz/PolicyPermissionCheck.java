package org.iamemulator.core.authz;

import java.util.List;
import java.util.Map;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.policy.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces identity policies: the root user may do everything; an IAM user may do what its own policies and its
 * groups' policies allow and none denies. In soft mode a would-be denial is logged and the request goes on.
 */
public class PolicyPermissionCheck implements PermissionCheck {

    private static final Logger log = LoggerFactory.getLogger(PolicyPermissionCheck.class);

    private final Authorizer authorizer;
    private final AuthorizationMessages messages;
    private final boolean soft;

    public PolicyPermissionCheck(Authorizer authorizer, AuthorizationMessages messages, boolean soft) {
        this.authorizer = authorizer;
        this.messages = messages;
        this.soft = soft;
    }

    @Override
    public void require(Caller caller, String action, ProtectedResource resource,
            Map<String, List<String>> requestConditions) {
        if (caller.rootUser()) {
            return; // the root user has every permission: nothing to load
        }
        Authorizer.Evaluation evaluation = authorizer.evaluate(caller, action, resource, requestConditions);
        if (evaluation.decision().allowed()) {
            return;
        }
        boolean explicit = evaluation.decision().outcome() == Outcome.EXPLICIT_DENY;
        if (soft) {
            log.warn("Soft authorization: allowing {} on {} for {} although {} (deciding: {})", action,
                    resource.urn(), caller.urn(), evaluation.decision().outcome(), evaluation.decision().deciding());
            return;
        }
        throw new AccessDeniedException(caller.urn(), action, resource.urn(), explicit, messages.encode(evaluation));
    }
}
