package org.iamemulator.core.agency;

/** The IAM v5 policy actions of the agency operations, as documented for each operation. */
public final class AgencyActions {

    public static final String CREATE = "iam:agencies:createV5";
    public static final String GET = "iam:agencies:getV5";
    public static final String LIST = "iam:agencies:listV5";
    public static final String UPDATE = "iam:agencies:updateV5";
    public static final String DELETE = "iam:agencies:deleteV5";
    public static final String UPDATE_TRUST_POLICY = "iam:agencies:updateTrustPolicyV5";
    public static final String CREATE_SERVICE_LINKED = "iam:agencies:createServiceLinkedAgencyV5";
    public static final String DELETE_SERVICE_LINKED = "iam:agencies:deleteServiceLinkedAgencyV5";
    public static final String GET_SERVICE_LINKED_DELETION_STATUS =
            "iam:agencies:getServiceLinkedAgencyDeletionStatusV5";
    public static final String ATTACH_POLICY = "iam:agencies:attachPolicyV5";
    public static final String DETACH_POLICY = "iam:agencies:detachPolicyV5";
    public static final String LIST_ATTACHED_POLICIES = "iam:agencies:listAttachedPoliciesV5";

    private AgencyActions() {}
}
