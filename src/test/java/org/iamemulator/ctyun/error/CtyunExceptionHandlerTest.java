package org.iamemulator.ctyun.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.iamemulator.core.identity.Caller;
import org.junit.jupiter.api.Test;

class CtyunExceptionHandlerTest {

    @Test
    void anImplicitDenyNamesTheCallerTheDocumentedActionAndTheResource() {
        Caller bob = new Caller("acct", "uid", "bob", false);

        assertThat(CtyunExceptionHandler.accessDeniedMessage(bob, "GetUser", "arn:ctyun:iam::acct:user/alice", false))
                .isEqualTo("User: arn:ctyun:iam::acct:user/bob is not authorized to perform: iam:GetUser on resource: "
                        + "arn:ctyun:iam::acct:user/alice because no identity-based policy allows the iam:GetUser "
                        + "action");
    }

    @Test
    void anExplicitDenySaysSoAndTheRootIsNamedByItsAccount() {
        Caller root = new Caller("acct", "rid", "emulator", true);

        assertThat(CtyunExceptionHandler.accessDeniedMessage(root, "GetUser", "arn:ctyun:iam::acct:user/x", true))
                .startsWith("User: arn:ctyun:iam::acct:root is not")
                .endsWith("on resource: arn:ctyun:iam::acct:user/x with an explicit deny in an identity-based policy");
    }
}
