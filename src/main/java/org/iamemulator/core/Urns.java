package org.iamemulator.core;

/** Uniform resource names of IAM v5 entities, the form policies match against. */
public final class Urns {

    private Urns() {}

    public static String user(String accountId, String userName) {
        return "iam::" + accountId + ":user:" + userName;
    }

    /** An assumed-agency session: {@code sts::<account>:assumed-agency:<agency-name>/<session-name>}. */
    public static String assumedAgency(String accountId, String agencyName, String sessionName) {
        return "sts::" + accountId + ":assumed-agency:" + agencyName + "/" + sessionName;
    }
}
