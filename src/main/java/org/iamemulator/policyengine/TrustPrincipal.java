package org.iamemulator.policyengine;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who asks to assume an agency, as a trust policy's {@code Principal} sees it.
 *
 * @param type        what kind of principal it is
 * @param accountId   the 32-hex account the principal belongs to; null for services and federated identities
 * @param id          an IAM principal's URN ({@code iam::<account-id>:user:<name>},
 *                    {@code sts::<account-id>:assumed-agency:<agency>/<session>}), a service principal
 *                    ({@code service.APIG}) or an identity provider's URN
 */
public record TrustPrincipal(PrincipalType type, String accountId, String id) {

    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9a-f]{32}");

    public TrustPrincipal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (type == PrincipalType.IAM
                && (accountId == null || !ACCOUNT_ID.matcher(accountId).matches())) {
            throw new IllegalArgumentException("an IAM principal needs its 32-hex account id: " + accountId);
        }
    }

    /** An IAM user or agency session of {@code accountId}, named by its URN. */
    public static TrustPrincipal iam(String accountId, String principalUrn) {
        return new TrustPrincipal(PrincipalType.IAM, accountId, principalUrn);
    }

    /** A cloud service such as {@code service.APIG}. */
    public static TrustPrincipal service(String servicePrincipal) {
        return new TrustPrincipal(PrincipalType.SERVICE, null, servicePrincipal);
    }

    /** A federated identity vouched for by the identity provider with this URN. */
    public static TrustPrincipal identityProvider(String providerUrn) {
        return new TrustPrincipal(PrincipalType.IDENTITY_PROVIDER, null, providerUrn);
    }
}
