package org.iamemulator.huawei.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.iamemulator.core.account.AccountSummary;

/** The bodies of the v5 account-information APIs, field for field as the SDK's models. */
final class AccountDtos {

    private AccountDtos() {}

    @Schema(name = "GetAccountSummaryV5Response")
    record AccountSummaryResponse(
            @JsonProperty("attached_policies_per_agency_quota")
            int attachedPoliciesPerAgencyQuota,

            @JsonProperty("attached_policies_per_group_quota")
            int attachedPoliciesPerGroupQuota,

            @JsonProperty("attached_policies_per_user_quota")
            int attachedPoliciesPerUserQuota,

            @JsonProperty("policies_quota") int policiesQuota,
            @JsonProperty("policy_size_quota") int policySizeQuota,
            @JsonProperty("versions_per_policy_quota") int versionsPerPolicyQuota,
            long policies,
            long agencies,
            @JsonProperty("agencies_quota") int agenciesQuota,
            @Schema(description = "the root user included") long users,
            @JsonProperty("users_quota") int usersQuota,
            long groups,
            @JsonProperty("groups_quota") int groupsQuota,

            @Schema(description = "enabled MFA devices of the root user") @JsonProperty("root_user_mfa_enabled")
            long rootUserMfaEnabled) {

        static AccountSummaryResponse of(AccountSummary summary) {
            return new AccountSummaryResponse(
                    summary.attachedPoliciesPerAgencyQuota(),
                    summary.attachedPoliciesPerGroupQuota(),
                    summary.attachedPoliciesPerUserQuota(),
                    summary.policiesQuota(),
                    summary.policySizeQuota(),
                    summary.versionsPerPolicyQuota(),
                    summary.policies(),
                    summary.agencies(),
                    summary.agenciesQuota(),
                    summary.users(),
                    summary.usersQuota(),
                    summary.groups(),
                    summary.groupsQuota(),
                    summary.rootUserMfaDevices());
        }
    }

    @Schema(name = "GetFeatureStatusV5Response")
    record FeatureStatusResponse(
            @Schema(allowableValues = {"on", "off", "pending"}) @JsonProperty("feature_status")
            String featureStatus) {}

    @Schema(name = "AsymmetricSignatureWithDomainId")
    record SwitchWithDomainId(
            @JsonProperty("domain_id") String domainId,
            @JsonProperty("asymmetric_signature_switch") boolean asymmetricSignatureSwitch) {}

    @Schema(name = "GetAsymmetricSignatureSwitchV5Response")
    record SwitchResponse(
            @JsonProperty("asymmetric_signature") SwitchWithDomainId asymmetricSignature) {}

    @Schema(name = "AsymmetricSignature")
    record SwitchBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("asymmetric_signature_switch")
            Boolean asymmetricSignatureSwitch) {}

    @Schema(name = "SetAsymmetricSignatureReq")
    record SetSwitchRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("asymmetric_signature")
            SwitchBody asymmetricSignature) {}
}
