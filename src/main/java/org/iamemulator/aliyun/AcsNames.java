package org.iamemulator.aliyun;

import org.iamemulator.core.UserUrnScheme;

/** How Alibaba Cloud names what policies match: RAM actions and ACS resource names (docs/dialects.md). */
public final class AcsNames {

    /** {@code acs:ram::<account-id>:user/<name>}: the current RAM resource form. */
    public static final UserUrnScheme USERS = (accountId, userName) -> "acs:ram::" + accountId + ":user/" + userName;

    private AcsNames() {}

    /** {@code ram::<Action>}: the policy engine's three-segment form of the documented action. */
    public static String policyAction(String action) {
        return "ram::" + action;
    }

    /** {@code ram:<Action>}, as Alibaba documents it and as error bodies show it; for both IMS and RAM. */
    public static String documentedAction(String action) {
        return "ram:" + action;
    }
}
