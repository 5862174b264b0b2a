package org.iamemulator.core.sts;

/** The STS actions: assuming an agency, and what a trust policy must also allow for session tags and source identity. */
public final class StsActions {

    public static final String ASSUME_AGENCY = "sts:agencies:assume";
    public static final String TAG_SESSION = "sts::tagSession";
    public static final String SET_SOURCE_IDENTITY = "sts::setSourceIdentity";

    private StsActions() {}
}
