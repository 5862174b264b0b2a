package org.iamemulator.aliyun.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.identity.Caller;
import org.junit.jupiter.api.Test;

class AliyunExceptionHandlerTest {

    @Test
    void theAccessDeniedDetailNamesTheDocumentedActionTheCallerAndTheKindOfDeny() {
        Caller caller = new Caller("acct", "uid", "bob", false);
        AccessDeniedException explicit = new AccessDeniedException(
                caller.urn(), "ram::GetLoginProfile", "acs:ram::acct:user/alice", true, "ENCODED");

        assertThat(AliyunExceptionHandler.accessDeniedDetail(caller, "GetLoginProfile", explicit))
                .containsExactly(
                        Map.entry("AuthAction", "ram:GetLoginProfile"),
                        Map.entry("AuthPrincipalType", "SubUser"),
                        Map.entry("AuthPrincipalOwnerId", "acct"),
                        Map.entry("AuthPrincipalDisplayName", "bob"),
                        Map.entry("NoPermissionType", "ExplicitDeny"),
                        Map.entry("PolicyType", "AccountLevelIdentityBasedPolicy"),
                        Map.entry("EncodedDiagnosticMessage", "ENCODED"));
    }
}
