package org.iamemulator.policyengine;

/** The kinds of principal a trust policy names, with the key each has in {@code Principal}/{@code NotPrincipal}. */
public enum PrincipalType {
    /** Users and agency sessions of an account: {@code "IAM": ["<account-id>", "iam::<account-id>:user:<name>"]}. */
    IAM("IAM"),
    /** Cloud services: {@code "Service": ["service.APIG"]}. */
    SERVICE("Service"),
    /** Federated identities of an OIDC or SAML provider: {@code "Identity_provider": ["<provider URN>"]}. */
    IDENTITY_PROVIDER("Identity_provider");

    private final String element;

    PrincipalType(String element) {
        this.element = element;
    }

    /** The key in a trust policy's principal map. */
    public String element() {
        return element;
    }

    static PrincipalType byElement(String element) {
        for (PrincipalType type : values()) {
            if (type.element.equals(element)) {
                return type;
            }
        }
        return null;
    }
}
