package org.iamemulator.core.authz;

import java.util.List;
import java.util.Map;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.policyengine.TrustPolicy;

/**
 * The other side of assuming an agency: whether the agency's trust policy allows the caller. The root user gets no
 * exemption here. Implementations throw {@link org.iamemulator.core.error.AccessDeniedException} to refuse, with an
 * encoded message that names the trust policy and its deciding statement.
 */
public interface TrustCheck {

    /** {@code agency}: the agency's URN and tags; {@code requestConditions}: the request's STS condition keys. */
    void requireTrusted(
            Caller caller,
            TrustPolicy trust,
            String action,
            ProtectedResource agency,
            Map<String, List<String>> requestConditions);
}
