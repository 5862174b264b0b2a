package org.iamemulator.core.mfa;

/** The IAM v5 policy actions of the virtual MFA operations, as the real service documents them. */
public final class MfaActions {

    public static final String CREATE = "iam:mfa:createVirtualMFADeviceV5";
    public static final String DELETE = "iam:mfa:deleteVirtualMFADeviceV5";
    public static final String ENABLE = "iam:mfa:enableV5";
    public static final String DISABLE = "iam:mfa:disableV5";
    public static final String LIST = "iam:mfa:listMFADevicesV5";

    private MfaActions() {}
}
