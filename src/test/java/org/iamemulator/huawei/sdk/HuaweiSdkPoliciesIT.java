package org.iamemulator.huawei.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.AddUserToGroupReqBody;
import com.huaweicloud.sdk.iam.v5.model.AddUserToGroupV5Request;
import com.huaweicloud.sdk.iam.v5.model.AttachUserPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.AttachUserPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.AttachUserPolicyV5Response;
import com.huaweicloud.sdk.iam.v5.model.CreateGroupReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateGroupV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateGroupV5Response;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyV5Response;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyVersionReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyVersionV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyVersionV5Response;
import com.huaweicloud.sdk.iam.v5.model.DeleteResourceTagsV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListAttachedUserPoliciesV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListAttachedUserPoliciesV5Response;
import com.huaweicloud.sdk.iam.v5.model.ListEntitiesForPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListEntitiesForPolicyV5Response;
import com.huaweicloud.sdk.iam.v5.model.ListGroupsV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListGroupsV5Response;
import com.huaweicloud.sdk.iam.v5.model.ListPoliciesV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListPoliciesV5Response;
import com.huaweicloud.sdk.iam.v5.model.ListResourceTagsV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListResourceTagsV5Response;
import com.huaweicloud.sdk.iam.v5.model.PolicyType;
import com.huaweicloud.sdk.iam.v5.model.Tag;
import com.huaweicloud.sdk.iam.v5.model.TagResourceV5Request;
import com.huaweicloud.sdk.iam.v5.model.TagResourceV5Response;
import com.huaweicloud.sdk.iam.v5.model.Tags;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.AuthzIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official SDK gets typed answers from the policy, group and tag APIs. */
class HuaweiSdkPoliciesIT extends AuthzIntegrationTest {

    private IamClient iam;

    @BeforeEach
    void sdkClient() {
        iam = HuaweiSdk.iamClient(
                baseUri, properties.root().accessKey(), properties.root().secretKey(), properties.accountId());
    }

    @Test
    void createsAttachesAndListsAPolicy() {
        String name = uniqueName("sdk");
        String userId = givenUser(uniqueName("sdk-user"), Map.of());
        CreatePolicyV5Response created = iam.createPolicyV5(new CreatePolicyV5Request()
                .withBody(new CreatePolicyReqBody()
                        .withPolicyName(name)
                        .withPath("sdk/")
                        .withPolicyDocument(allow("iam:users:getUserV5"))
                        .withDescription("from the SDK")));
        assertThat(created.getHttpStatusCode()).isEqualTo(201);
        assertThat(created.getPolicy().getPolicyType()).isEqualTo(PolicyType.CUSTOM);
        assertThat(created.getPolicy().getDefaultVersionId()).isEqualTo("v1");
        assertThat(created.getPolicy().getCreatedAt()).isNotNull();
        String policyId = created.getPolicy().getPolicyId();

        CreatePolicyVersionV5Response version = iam.createPolicyVersionV5(new CreatePolicyVersionV5Request()
                .withPolicyId(policyId)
                .withBody(new CreatePolicyVersionReqBody()
                        .withPolicyDocument(allow("iam:users:*"))
                        .withSetAsDefault(true)));
        assertThat(version.getPolicyVersion().getVersionId()).isEqualTo("v2");
        assertThat(version.getPolicyVersion().getIsDefault()).isTrue();

        AttachUserPolicyV5Response attached = iam.attachUserPolicyV5(new AttachUserPolicyV5Request()
                .withPolicyId(policyId)
                .withBody(new AttachUserPolicyReqBody().withUserId(userId)));
        assertThat(attached.getHttpStatusCode()).isEqualTo(200);

        ListAttachedUserPoliciesV5Response listed =
                iam.listAttachedUserPoliciesV5(new ListAttachedUserPoliciesV5Request().withUserId(userId));
        assertThat(listed.getAttachedPolicies()).singleElement().satisfies(policy -> {
            assertThat(policy.getPolicyId()).isEqualTo(policyId);
            assertThat(policy.getPolicyName()).isEqualTo(name);
            assertThat(policy.getUrn()).isEqualTo("iam::" + properties.accountId() + ":policy:sdk/" + name);
            assertThat(policy.getAttachedAt()).isNotNull();
        });
        assertThat(listed.getPageInfo().getCurrentCount()).isEqualTo(1);

        ListEntitiesForPolicyV5Response entities =
                iam.listEntitiesForPolicyV5(new ListEntitiesForPolicyV5Request().withPolicyId(policyId));
        assertThat(entities.getPolicyUsers())
                .singleElement()
                .satisfies(user -> assertThat(user.getUserId()).isEqualTo(userId));

        ListPoliciesV5Response system = iam.listPoliciesV5(
                new ListPoliciesV5Request().withPolicyType(ListPoliciesV5Request.PolicyTypeEnum.SYSTEM));
        assertThat(system.getPolicies())
                .extracting(p -> p.getPolicyName())
                .contains("IAMFullAccessPolicy", "IAMReadOnlyPolicy");
    }

    @Test
    void malformedDocumentsRaiseATypedClientError() {
        ClientRequestException error = catchThrowableOfType(
                ClientRequestException.class,
                () -> iam.createPolicyV5(new CreatePolicyV5Request()
                        .withBody(new CreatePolicyReqBody()
                                .withPolicyName(uniqueName("bad"))
                                .withPolicyDocument("{\"Version\":\"5.0\"}"))));
        assertThat(error.getHttpStatusCode()).isEqualTo(400);
        assertThat(error.getErrorCode()).isEqualTo("PAP5.0011");
        assertThat(error.getErrorMsg()).startsWith("malformed policy document: ");
    }

    @Test
    void tagsAndUntagsAUser() {
        String userId = givenUser(uniqueName("sdk-tags"), Map.of());
        TagResourceV5Response tagged = iam.tagResourceV5(new TagResourceV5Request()
                .withResourceType(TagResourceV5Request.ResourceTypeEnum.USER)
                .withResourceId(userId)
                .withBody(new Tags()
                        .withTags(List.of(
                                new Tag().withTagKey("team").withTagValue("dev"),
                                new Tag().withTagKey("env").withTagValue("test")))));
        assertThat(tagged.getHttpStatusCode()).isEqualTo(200);

        iam.deleteResourceTagsV5(new DeleteResourceTagsV5Request()
                .withResourceType(DeleteResourceTagsV5Request.ResourceTypeEnum.USER)
                .withResourceId(userId)
                .withBody(List.of("env")));

        ListResourceTagsV5Response listed = iam.listResourceTagsV5(new ListResourceTagsV5Request()
                .withResourceType(ListResourceTagsV5Request.ResourceTypeEnum.USER)
                .withResourceId(userId));
        assertThat(listed.getTags())
                .singleElement()
                .satisfies(tag ->
                        assertThat(tag.getTagKey() + "=" + tag.getTagValue()).isEqualTo("team=dev"));
    }

    @Test
    void createsGroupsAndFiltersThemByMember() {
        String userId = givenUser(uniqueName("sdk-member"), Map.of());
        CreateGroupV5Response group = iam.createGroupV5(new CreateGroupV5Request()
                .withBody(new CreateGroupReqBody()
                        .withGroupName(uniqueName("sdk-group"))
                        .withDescription("sdk")));
        assertThat(group.getHttpStatusCode()).isEqualTo(201);
        String groupId = group.getGroup().getGroupId();
        iam.addUserToGroupV5(new AddUserToGroupV5Request()
                .withGroupId(groupId)
                .withBody(new AddUserToGroupReqBody().withUserId(userId)));

        ListGroupsV5Response groups = iam.listGroupsV5(new ListGroupsV5Request().withUserId(userId));
        assertThat(groups.getGroups()).singleElement().satisfies(g -> {
            assertThat(g.getGroupId()).isEqualTo(groupId);
            assertThat(g.getUrn()).startsWith("iam::" + properties.accountId() + ":group:");
            assertThat(g.getCreatedAt()).isNotNull();
        });
    }
}
