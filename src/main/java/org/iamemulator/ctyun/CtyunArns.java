package org.iamemulator.ctyun;

import java.util.Map;
import org.iamemulator.core.UserUrnScheme;
import org.iamemulator.core.identity.Caller;

/** How CTyun names what policies match and what errors show: IAM actions and ARNs (docs/dialects.md). */
public final class CtyunArns {

    /** {@code arn:ctyun:iam::<account-id>:user/<name>}. */
    public static final UserUrnScheme USERS =
            (accountId, userName) -> "arn:ctyun:iam::" + accountId + ":user/" + userName;

    private CtyunArns() {}

    /** {@code arn:ctyun:iam::<account-id>:root}: the root user, as CTyun names it. */
    public static String root(String accountId) {
        return "arn:ctyun:iam::" + accountId + ":root";
    }

    public static String of(Caller caller) {
        return caller.rootUser() ? root(caller.accountId()) : USERS.userUrn(caller.accountId(), caller.userName());
    }

    /** The user a call names: its {@code UserName}, else the caller itself (AWS IAM's rule). */
    public static String requestedUserName(Map<String, String> parameters, Caller caller) {
        String userName = parameters.get("UserName");
        return userName == null ? caller.userName() : userName;
    }

    /** {@code iam::<Action>}: the policy engine's three-segment form of the documented action. */
    public static String policyAction(String action) {
        return "iam::" + action;
    }

    /** {@code iam:<Action>}, as AWS documents it and as error messages show it. */
    public static String documentedAction(String action) {
        return "iam:" + action;
    }
}
