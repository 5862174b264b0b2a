package org.iamemulator.core.account;

/**
 * The account's entities and the quotas in force. {@code rootUserMfaDevices}: the root user's enabled MFA devices.
 * {@code policySizeQuota}: the largest policy document accepted, in bytes.
 */
public record AccountSummary(
        long users,
        int usersQuota,
        long groups,
        int groupsQuota,
        long policies,
        int policiesQuota,
        long agencies,
        int agenciesQuota,
        int attachedPoliciesPerUserQuota,
        int attachedPoliciesPerGroupQuota,
        int attachedPoliciesPerAgencyQuota,
        int versionsPerPolicyQuota,
        int policySizeQuota,
        long rootUserMfaDevices) {}
