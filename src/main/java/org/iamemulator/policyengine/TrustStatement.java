package org.iamemulator.policyengine;

import java.util.List;
import java.util.Map;

/** One statement of a trust policy: an identity-policy statement and the principals it applies to. */
public final class TrustStatement {

    private final Statement statement;
    private final TrustPrincipals principals;

    TrustStatement(Statement statement, TrustPrincipals principals) {
        this.statement = statement;
        this.principals = principals;
    }

    /** Effect, Action/NotAction, Resource/NotResource and Condition, as in an identity policy. */
    public Statement statement() {
        return statement;
    }

    /** The principal lists by type, values as written (service principals lower-cased). */
    public Map<PrincipalType, List<String>> principals() {
        return principals.values();
    }

    /** True for {@code NotPrincipal}: the statement applies to every principal not listed. */
    public boolean notPrincipal() {
        return principals.notPrincipal();
    }

    boolean matches(TrustPrincipal principal, RequestContext request) {
        return principals.appliesTo(principal) && statement.matches(request);
    }
}
