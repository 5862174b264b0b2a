package org.iamemulator.core.account;

/** The IAM v5 policy actions of the account-information operations (their resource-type segment is empty). */
public final class AccountActions {

    public static final String GET_SUMMARY = "iam::getAccountSummaryV5";
    public static final String GET_ASYMMETRIC_SIGNATURE_SWITCH = "iam::getAsymmetricSignatureSwitchV5";
    public static final String SET_ASYMMETRIC_SIGNATURE_SWITCH = "iam::setAsymmetricSignatureSwitchV5";

    private AccountActions() {}
}
