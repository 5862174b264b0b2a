package org.iamemulator.core.catalog;

import static org.iamemulator.core.catalog.AccessLevel.LIST;
import static org.iamemulator.core.catalog.AccessLevel.PERMISSION_MANAGEMENT;
import static org.iamemulator.core.catalog.AccessLevel.READ;
import static org.iamemulator.core.catalog.AccessLevel.TAGGING;
import static org.iamemulator.core.catalog.AccessLevel.WRITE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iamemulator.core.catalog.CatalogOperation.Area;
import org.iamemulator.core.catalog.CatalogOperation.Sdks;
import org.iamemulator.core.catalog.ConditionKey.ValueType;
import org.iamemulator.policyengine.KnownActions;

/**
 * The one catalog of the services {@code iam} and {@code sts}: every action with its access level, resource types
 * and condition keys, and every operation of the official SDKs (IAM v5 of the Node.js SDK 3.1.172 and the Java SDK
 * 3.1.192, and the STS operations) with the action it needs, emulated or not. It answers
 * GetAuthorizationSchemaV5, refuses unknown {@code iam:}/{@code sts:} actions in new policies, names the journal's
 * operations, describes the OpenAPI operations and generates the README's coverage table. Action names Huawei does
 * not document are choices (docs/authorization.md).
 */
public final class AuthorizationCatalog {

    /** The schema version this catalog answers (the real one is not documented). */
    public static final String VERSION = "1.0";

    private static final String TAG = "g:ResourceTag/<tag-key>";
    private static final String REQUEST_TAG = "g:RequestTag/<tag-key>";
    private static final String TAG_KEYS = "g:TagKeys";
    private static final String ROOT_USER = "iam:ResourceIsRootUser";
    private static final String POLICY_URN = "iam:PolicyURN";
    private static final String SERVICE_PRINCIPAL = "iam:ServicePrincipal";

    private static final ResourceType USER = new ResourceType("user", "iam::<account-id>:user:<user-name>");
    private static final ResourceType GROUP = new ResourceType("group", "iam::<account-id>:group:<group-name>");
    private static final ResourceType POLICY =
            new ResourceType("policy", "iam::<account-id>:policy:<policy-path><policy-name>");
    private static final ResourceType AGENCY =
            new ResourceType("agency", "iam::<account-id>:agency:<agency-path><agency-name>");
    private static final ResourceType MFA = new ResourceType("mfa", "iam::<account-id>:mfa:<mfa-device-name>");
    private static final ResourceType OIDC_PROVIDER =
            new ResourceType("oidcProvider", "iam::<account-id>:oidc-provider:<provider-name>");
    private static final ResourceType SAML_PROVIDER =
            new ResourceType("samlProvider", "iam::<account-id>:saml-provider:<provider-name>");

    private static final ServiceCatalog IAM = new ServiceCatalog(
            "iam",
            VERSION,
            iamActions(),
            List.of(USER, GROUP, POLICY, AGENCY, MFA, OIDC_PROVIDER, SAML_PROVIDER),
            iamConditions(),
            iamOperations());
    private static final ServiceCatalog STS =
            new ServiceCatalog("sts", VERSION, stsActions(), List.of(AGENCY), stsConditions(), stsOperations());

    private static final Map<String, ServiceCatalog> SERVICES = Stream.of(IAM, STS)
            .collect(Collectors.toMap(ServiceCatalog::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    private static final Map<String, CatalogAction> ACTIONS = SERVICES.values().stream()
            .flatMap(service -> service.actions().stream())
            .collect(Collectors.toMap(CatalogAction::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    private static final Map<String, CatalogOperation> OPERATIONS = SERVICES.values().stream()
            .flatMap(service -> service.operations().stream())
            .collect(Collectors.toMap(
                    CatalogOperation::operationId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    /**
     * Actions of another dialect that share the {@code iam} service name: CTyun's GetUser, as its policies write it
     * (docs/dialects.md). Not Huawei's, so not in the schema, but policies may name them.
     */
    private static final List<String> OTHER_DIALECT_ACTIONS = List.of("iam::GetUser");

    private static final KnownActions KNOWN_ACTIONS = new KnownActions(
            SERVICES.keySet(),
            Stream.concat(ACTIONS.keySet().stream(), OTHER_DIALECT_ACTIONS.stream())
                    .toList());

    private AuthorizationCatalog() {}

    /** The service codes, in the order ListRegisteredServicesForAuthSchemaV5 lists them. */
    public static List<String> serviceCodes() {
        return List.copyOf(SERVICES.keySet());
    }

    public static Optional<ServiceCatalog> service(String code) {
        return Optional.ofNullable(SERVICES.get(code));
    }

    public static Optional<CatalogAction> action(String name) {
        return Optional.ofNullable(ACTIONS.get(name));
    }

    public static List<CatalogAction> actions() {
        return List.copyOf(ACTIONS.values());
    }

    public static Optional<CatalogOperation> operation(String operationId) {
        return Optional.ofNullable(OPERATIONS.get(operationId));
    }

    /** Every operation of both services, in catalog order. */
    public static List<CatalogOperation> operations() {
        return List.copyOf(OPERATIONS.values());
    }

    /** The actions of the catalogued services, for the policy engine's validation of new documents. */
    public static KnownActions knownActions() {
        return KNOWN_ACTIONS;
    }

    /** Whether {@code action} (case aside) is a known action, one of a catalogued service it lacks, or neither. */
    public static ActionStatus status(String action) {
        if (!KNOWN_ACTIONS.covers(action)) {
            return ActionStatus.NOT_CATALOGUED;
        }
        return KNOWN_ACTIONS.accepts(action) ? ActionStatus.KNOWN : ActionStatus.UNKNOWN;
    }

    private static List<CatalogAction> iamActions() {
        List<CatalogAction> actions = new ArrayList<>();
        // users and their login profiles
        actions.add(act("iam:users:createUserV5", WRITE, "Create an IAM user.", "创建IAM用户。", on(USER)));
        actions.add(act("iam:users:listUsersV5", LIST, "List IAM users.", "查询IAM用户列表。", on(USER)));
        actions.add(act("iam:users:getUserV5", READ, "Query an IAM user.", "查询IAM用户详情。", onUser()));
        actions.add(act("iam:users:updateUserV5", WRITE, "Modify an IAM user.", "修改IAM用户。", onUser()));
        actions.add(act("iam:users:deleteUserV5", WRITE, "Delete an IAM user.", "删除IAM用户。", onUser()));
        actions.add(act(
                "iam:users:showUserLastLoginV5",
                READ,
                "Query the last login time of an IAM user.",
                "查询IAM用户的最近登录信息。",
                onUser()));
        actions.add(act(
                "iam:users:createLoginProfileV5",
                WRITE,
                "Create the login profile of an IAM user.",
                "创建IAM用户的登录信息。",
                onUser()));
        actions.add(act(
                "iam:users:showLoginProfileV5",
                READ,
                "Query the login profile of an IAM user.",
                "查询IAM用户的登录信息。",
                onUser()));
        actions.add(act(
                "iam:users:updateLoginProfileV5",
                WRITE,
                "Modify the login profile of an IAM user.",
                "修改IAM用户的登录信息。",
                onUser()));
        actions.add(act(
                "iam:users:deleteLoginProfileV5",
                WRITE,
                "Delete the login profile of an IAM user.",
                "删除IAM用户的登录信息。",
                onUser()));
        actions.add(act(
                "iam:users:changePasswordV5",
                WRITE,
                "Change the password of the calling IAM user.",
                "修改IAM用户自己的密码。",
                onUser()));
        actions.add(act(
                "iam:users:attachPolicyV5",
                PERMISSION_MANAGEMENT,
                "Attach an identity policy to an IAM user.",
                "为IAM用户附加身份策略。",
                List.of(onUser()),
                POLICY_URN));
        actions.add(act(
                "iam:users:detachPolicyV5",
                PERMISSION_MANAGEMENT,
                "Detach an identity policy from an IAM user.",
                "为IAM用户分离身份策略。",
                List.of(onUser()),
                POLICY_URN));
        actions.add(act(
                "iam:users:listAttachedPoliciesV5",
                LIST,
                "List the identity policies attached to an IAM user.",
                "查询IAM用户附加的身份策略列表。",
                onUser()));
        // access keys
        actions.add(act(
                "iam:credentials:createCredentialV5", WRITE, "Create a permanent access key.", "创建永久访问密钥。", onUser()));
        actions.add(
                act("iam:credentials:listCredentialsV5", LIST, "List permanent access keys.", "查询永久访问密钥列表。", onUser()));
        actions.add(act(
                "iam:credentials:updateCredentialV5", WRITE, "Modify a permanent access key.", "修改永久访问密钥。", onUser()));
        actions.add(act(
                "iam:credentials:deleteCredentialV5", WRITE, "Delete a permanent access key.", "删除永久访问密钥。", onUser()));
        actions.add(act(
                "iam:credentials:showAccessKeyLastUsedV5",
                READ,
                "Query when a permanent access key was last used.",
                "查询永久访问密钥的最近使用时间。",
                onUser()));
        // tags
        actions.add(act(
                "iam::tagForResourceV5",
                TAGGING,
                "Add tags to a resource.",
                "为资源添加标签。",
                List.of(on(AGENCY, TAG), onUser()),
                REQUEST_TAG,
                TAG_KEYS));
        actions.add(act(
                "iam::untagForResourceV5",
                TAGGING,
                "Remove tags from a resource.",
                "删除资源标签。",
                List.of(on(AGENCY, TAG), onUser()),
                TAG_KEYS));
        actions.add(act(
                "iam::listTagsForResourceV5",
                LIST,
                "List the tags of a resource.",
                "查询资源的标签列表。",
                List.of(on(AGENCY, TAG), onUser())));
        // identity policies
        actions.add(act(
                "iam:policies:createV5",
                PERMISSION_MANAGEMENT,
                "Create a custom identity policy.",
                "创建自定义身份策略。",
                on(POLICY)));
        actions.add(act("iam:policies:getV5", READ, "Query an identity policy.", "查询身份策略详情。", on(POLICY)));
        actions.add(act("iam:policies:listV5", LIST, "List identity policies.", "查询身份策略列表。", on(POLICY)));
        actions.add(act(
                "iam:policies:deleteV5",
                PERMISSION_MANAGEMENT,
                "Delete a custom identity policy.",
                "删除自定义身份策略。",
                on(POLICY)));
        actions.add(act(
                "iam:policies:createVersionV5",
                PERMISSION_MANAGEMENT,
                "Create a version of a custom identity policy.",
                "创建自定义身份策略的版本。",
                on(POLICY)));
        actions.add(act(
                "iam:policies:getVersionV5",
                READ,
                "Query a version of an identity policy.",
                "查询身份策略的版本详情。",
                on(POLICY)));
        actions.add(act(
                "iam:policies:listVersionsV5",
                LIST,
                "List the versions of an identity policy.",
                "查询身份策略的版本列表。",
                on(POLICY)));
        actions.add(act(
                "iam:policies:deleteVersionV5",
                PERMISSION_MANAGEMENT,
                "Delete a version of a custom identity policy.",
                "删除自定义身份策略的版本。",
                on(POLICY)));
        actions.add(act(
                "iam:policies:setDefaultVersionV5",
                PERMISSION_MANAGEMENT,
                "Set the default version of a custom identity policy.",
                "设置自定义身份策略的默认版本。",
                on(POLICY)));
        actions.add(act(
                "iam:policies:listEntitiesV5",
                LIST,
                "List the users, groups and agencies an identity policy is attached to.",
                "查询身份策略附加的实体列表。",
                on(POLICY)));
        // user groups
        actions.add(act("iam:groups:createGroupV5", WRITE, "Create a user group.", "创建用户组。", on(GROUP)));
        actions.add(act("iam:groups:getGroupV5", READ, "Query a user group.", "查询用户组详情。", on(GROUP)));
        actions.add(act("iam:groups:listGroupsV5", LIST, "List user groups.", "查询用户组列表。", on(GROUP)));
        actions.add(act("iam:groups:updateGroupV5", WRITE, "Modify a user group.", "修改用户组。", on(GROUP)));
        actions.add(act("iam:groups:deleteGroupV5", WRITE, "Delete a user group.", "删除用户组。", on(GROUP)));
        actions.add(act("iam:groups:addUserV5", WRITE, "Add an IAM user to a user group.", "添加IAM用户到用户组。", on(GROUP)));
        actions.add(act(
                "iam:groups:removeUserV5", WRITE, "Remove an IAM user from a user group.", "从用户组移除IAM用户。", on(GROUP)));
        actions.add(act(
                "iam:groups:attachPolicyV5",
                PERMISSION_MANAGEMENT,
                "Attach an identity policy to a user group.",
                "为用户组附加身份策略。",
                List.of(on(GROUP)),
                POLICY_URN));
        actions.add(act(
                "iam:groups:detachPolicyV5",
                PERMISSION_MANAGEMENT,
                "Detach an identity policy from a user group.",
                "为用户组分离身份策略。",
                List.of(on(GROUP)),
                POLICY_URN));
        actions.add(act(
                "iam:groups:listAttachedPoliciesV5",
                LIST,
                "List the identity policies attached to a user group.",
                "查询用户组附加的身份策略列表。",
                on(GROUP)));
        // agencies
        actions.add(act("iam:agencies:createV5", WRITE, "Create a trust agency.", "创建信任委托。", on(AGENCY)));
        actions.add(act("iam:agencies:getV5", READ, "Query an agency.", "查询委托详情。", on(AGENCY, TAG)));
        actions.add(act("iam:agencies:listV5", LIST, "List agencies.", "查询委托列表。", on(AGENCY)));
        actions.add(act("iam:agencies:updateV5", WRITE, "Modify a trust agency.", "修改信任委托。", on(AGENCY, TAG)));
        actions.add(act("iam:agencies:deleteV5", WRITE, "Delete a trust agency.", "删除信任委托。", on(AGENCY, TAG)));
        actions.add(act(
                "iam:agencies:updateTrustPolicyV5",
                WRITE,
                "Modify the trust policy of a trust agency.",
                "修改信任委托的信任策略。",
                on(AGENCY, TAG)));
        actions.add(act(
                "iam:agencies:createServiceLinkedAgencyV5",
                WRITE,
                "Create a service-linked agency.",
                "创建服务关联委托。",
                List.of(on(AGENCY)),
                SERVICE_PRINCIPAL));
        actions.add(act(
                "iam:agencies:deleteServiceLinkedAgencyV5",
                WRITE,
                "Delete a service-linked agency.",
                "删除服务关联委托。",
                List.of(on(AGENCY, TAG)),
                SERVICE_PRINCIPAL));
        actions.add(act(
                "iam:agencies:getServiceLinkedAgencyDeletionStatusV5",
                READ,
                "Query the deletion status of a service-linked agency.",
                "查询服务关联委托的删除状态。",
                on(AGENCY)));
        actions.add(act(
                "iam:agencies:attachPolicyV5",
                PERMISSION_MANAGEMENT,
                "Attach an identity policy to an agency.",
                "为委托附加身份策略。",
                List.of(on(AGENCY, TAG)),
                POLICY_URN));
        actions.add(act(
                "iam:agencies:detachPolicyV5",
                PERMISSION_MANAGEMENT,
                "Detach an identity policy from an agency.",
                "为委托分离身份策略。",
                List.of(on(AGENCY, TAG)),
                POLICY_URN));
        actions.add(act(
                "iam:agencies:listAttachedPoliciesV5",
                LIST,
                "List the identity policies attached to an agency.",
                "查询委托附加的身份策略列表。",
                on(AGENCY, TAG)));
        // MFA devices
        actions.add(
                act("iam:mfa:createVirtualMFADeviceV5", WRITE, "Create a virtual MFA device.", "创建虚拟MFA设备。", on(MFA)));
        actions.add(
                act("iam:mfa:deleteVirtualMFADeviceV5", WRITE, "Delete a virtual MFA device.", "删除虚拟MFA设备。", on(MFA)));
        actions.add(act("iam:mfa:enableV5", WRITE, "Bind and enable an MFA device.", "绑定并启用MFA设备。", on(MFA)));
        actions.add(act("iam:mfa:disableV5", WRITE, "Disable and unbind an MFA device.", "停用并解绑MFA设备。", on(MFA)));
        actions.add(act("iam:mfa:listMFADevicesV5", LIST, "List MFA devices.", "查询MFA设备列表。", on(MFA)));
        // identity providers
        actions.add(act(
                "iam:oidcProviders:createV5",
                WRITE,
                "Create an OIDC identity provider.",
                "创建OIDC身份提供商。",
                on(OIDC_PROVIDER)));
        actions.add(act(
                "iam:oidcProviders:getV5",
                READ,
                "Query an OIDC identity provider.",
                "查询OIDC身份提供商详情。",
                on(OIDC_PROVIDER, TAG)));
        actions.add(act(
                "iam:oidcProviders:listV5",
                LIST,
                "List OIDC identity providers.",
                "查询OIDC身份提供商列表。",
                on(OIDC_PROVIDER)));
        actions.add(act(
                "iam:oidcProviders:updateV5",
                WRITE,
                "Modify an OIDC identity provider.",
                "修改OIDC身份提供商。",
                on(OIDC_PROVIDER, TAG)));
        actions.add(act(
                "iam:oidcProviders:updateThumbprintV5",
                WRITE,
                "Replace the certificate thumbprints of an OIDC identity provider.",
                "更新OIDC身份提供商的证书指纹。",
                on(OIDC_PROVIDER, TAG)));
        actions.add(act(
                "iam:oidcProviders:addClientIdV5",
                WRITE,
                "Add a client ID to an OIDC identity provider.",
                "为OIDC身份提供商添加客户端ID。",
                on(OIDC_PROVIDER, TAG)));
        actions.add(act(
                "iam:oidcProviders:removeClientIdV5",
                WRITE,
                "Remove a client ID from an OIDC identity provider.",
                "从OIDC身份提供商移除客户端ID。",
                on(OIDC_PROVIDER, TAG)));
        actions.add(act(
                "iam:oidcProviders:deleteV5",
                WRITE,
                "Delete an OIDC identity provider.",
                "删除OIDC身份提供商。",
                on(OIDC_PROVIDER, TAG)));
        actions.add(act(
                "iam:samlProviders:createV5",
                WRITE,
                "Create a SAML identity provider.",
                "创建SAML身份提供商。",
                on(SAML_PROVIDER)));
        actions.add(act(
                "iam:samlProviders:getV5",
                READ,
                "Query a SAML identity provider.",
                "查询SAML身份提供商详情。",
                on(SAML_PROVIDER, TAG)));
        actions.add(act(
                "iam:samlProviders:listV5",
                LIST,
                "List SAML identity providers.",
                "查询SAML身份提供商列表。",
                on(SAML_PROVIDER)));
        actions.add(act(
                "iam:samlProviders:updateV5",
                WRITE,
                "Modify a SAML identity provider.",
                "修改SAML身份提供商。",
                on(SAML_PROVIDER, TAG)));
        actions.add(act(
                "iam:samlProviders:deleteV5",
                WRITE,
                "Delete a SAML identity provider.",
                "删除SAML身份提供商。",
                on(SAML_PROVIDER, TAG)));
        // account security policies
        actions.add(act(
                "iam:securitypolicies:getPasswordPolicyV5", READ, "Query the password policy.", "查询密码策略。", List.of()));
        actions.add(act(
                "iam:securitypolicies:updatePasswordPolicyV5",
                WRITE,
                "Modify the password policy.",
                "修改密码策略。",
                List.of()));
        actions.add(
                act("iam:securitypolicies:getLoginPolicyV5", READ, "Query the login policy.", "查询登录策略。", List.of()));
        actions.add(act(
                "iam:securitypolicies:updateLoginPolicyV5", WRITE, "Modify the login policy.", "修改登录策略。", List.of()));
        actions.add(
                act("iam:securitypolicies:getTokenPolicyV5", READ, "Query the token policy.", "查询Token策略。", List.of()));
        actions.add(act(
                "iam:securitypolicies:updateTokenPolicyV5",
                WRITE,
                "Modify the token policy.",
                "修改Token策略。",
                List.of()));
        // account information
        actions.add(act(
                "iam::getAccountSummaryV5",
                LIST,
                "Query the account's entity counts and quotas.",
                "查询账号的实体使用情况和配额。",
                List.of()));
        actions.add(act(
                "iam::getAsymmetricSignatureSwitchV5",
                READ,
                "Query the asymmetric signature switch.",
                "查询非对称签名开关。",
                List.of()));
        actions.add(act(
                "iam::setAsymmetricSignatureSwitchV5",
                WRITE,
                "Modify the asymmetric signature switch.",
                "修改非对称签名开关。",
                List.of()));
        return actions;
    }

    private static List<ConditionKey> iamConditions() {
        return List.of(
                new ConditionKey(
                        POLICY_URN,
                        ValueType.STRING,
                        false,
                        new Text("The URN of the identity policy being attached or detached.", "被附加或分离的身份策略的URN。")),
                new ConditionKey(
                        ROOT_USER,
                        ValueType.BOOLEAN,
                        false,
                        new Text("Whether the IAM user acted on is the account's root user.", "被操作的IAM用户是否为根用户。")),
                new ConditionKey(
                        SERVICE_PRINCIPAL,
                        ValueType.STRING,
                        false,
                        new Text("The service principal of a service-linked agency.", "服务关联委托的服务主体。")));
    }

    private static List<CatalogOperation> iamOperations() {
        return List.of(
                op("CreateUserV5", "iam:users:createUserV5", Area.USERS),
                op("ListUsersV5", "iam:users:listUsersV5", Area.USERS),
                op("ShowUserV5", "iam:users:getUserV5", Area.USERS),
                op("UpdateUserV5", "iam:users:updateUserV5", Area.USERS),
                op("DeleteUserV5", "iam:users:deleteUserV5", Area.USERS),
                op("ShowUserLastLoginV5", "iam:users:showUserLastLoginV5", Area.USERS),
                op("AttachUserPolicyV5", "iam:users:attachPolicyV5", Area.USERS),
                op("DetachUserPolicyV5", "iam:users:detachPolicyV5", Area.USERS),
                op("ListAttachedUserPoliciesV5", "iam:users:listAttachedPoliciesV5", Area.USERS),
                op("CreateLoginProfileV5", "iam:users:createLoginProfileV5", Area.LOGIN_PROFILES),
                op("ShowLoginProfileV5", "iam:users:showLoginProfileV5", Area.LOGIN_PROFILES),
                op("UpdateLoginProfileV5", "iam:users:updateLoginProfileV5", Area.LOGIN_PROFILES),
                op("DeleteLoginProfileV5", "iam:users:deleteLoginProfileV5", Area.LOGIN_PROFILES),
                op("CreateAccessKeyV5", "iam:credentials:createCredentialV5", Area.ACCESS_KEYS),
                op("ListAccessKeysV5", "iam:credentials:listCredentialsV5", Area.ACCESS_KEYS),
                op("UpdateAccessKeyV5", "iam:credentials:updateCredentialV5", Area.ACCESS_KEYS),
                op("DeleteAccessKeyV5", "iam:credentials:deleteCredentialV5", Area.ACCESS_KEYS),
                op("ShowAccessKeyLastUsedV5", "iam:credentials:showAccessKeyLastUsedV5", Area.ACCESS_KEYS),
                op("TagResourceV5", "iam::tagForResourceV5", Area.TAGS),
                op("DeleteResourceTagsV5", "iam::untagForResourceV5", Area.TAGS),
                op("ListResourceTagsV5", "iam::listTagsForResourceV5", Area.TAGS),
                op("CreatePolicyV5", "iam:policies:createV5", Area.POLICIES),
                op("GetPolicyV5", "iam:policies:getV5", Area.POLICIES),
                op("ListPoliciesV5", "iam:policies:listV5", Area.POLICIES),
                op("DeletePolicyV5", "iam:policies:deleteV5", Area.POLICIES),
                op("CreatePolicyVersionV5", "iam:policies:createVersionV5", Area.POLICIES),
                op("GetPolicyVersionV5", "iam:policies:getVersionV5", Area.POLICIES),
                op("ListPolicyVersionsV5", "iam:policies:listVersionsV5", Area.POLICIES),
                op("DeletePolicyVersionV5", "iam:policies:deleteVersionV5", Area.POLICIES),
                op("SetDefaultPolicyVersionV5", "iam:policies:setDefaultVersionV5", Area.POLICIES),
                op("ListEntitiesForPolicyV5", "iam:policies:listEntitiesV5", Area.POLICIES),
                op("CreateGroupV5", "iam:groups:createGroupV5", Area.GROUPS),
                op("ShowGroupV5", "iam:groups:getGroupV5", Area.GROUPS),
                op("ListGroupsV5", "iam:groups:listGroupsV5", Area.GROUPS),
                op("UpdateGroupV5", "iam:groups:updateGroupV5", Area.GROUPS),
                op("DeleteGroupV5", "iam:groups:deleteGroupV5", Area.GROUPS),
                op("AddUserToGroupV5", "iam:groups:addUserV5", Area.GROUPS),
                op("RemoveUserFromGroupV5", "iam:groups:removeUserV5", Area.GROUPS),
                op("AttachGroupPolicyV5", "iam:groups:attachPolicyV5", Area.GROUPS),
                op("DetachGroupPolicyV5", "iam:groups:detachPolicyV5", Area.GROUPS),
                op("ListAttachedGroupPoliciesV5", "iam:groups:listAttachedPoliciesV5", Area.GROUPS),
                new CatalogOperation(
                        "ShowGroupSummary", "iam", "iam:groups:listGroupsV5", List.of(), Area.GROUPS, Sdks.JAVA_ONLY),
                op("CreateAgencyV5", "iam:agencies:createV5", Area.AGENCIES),
                op("GetAgencyV5", "iam:agencies:getV5", Area.AGENCIES),
                op("ListAgenciesV5", "iam:agencies:listV5", Area.AGENCIES),
                op("UpdateAgencyV5", "iam:agencies:updateV5", Area.AGENCIES),
                op("DeleteAgencyV5", "iam:agencies:deleteV5", Area.AGENCIES),
                op("UpdateTrustPolicyV5", "iam:agencies:updateTrustPolicyV5", Area.AGENCIES),
                op("CreateServiceLinkedAgencyV5", "iam:agencies:createServiceLinkedAgencyV5", Area.AGENCIES),
                op("DeleteServiceLinkedAgencyV5", "iam:agencies:deleteServiceLinkedAgencyV5", Area.AGENCIES),
                op(
                        "GetServiceLinkedAgencyDeletionStatusV5",
                        "iam:agencies:getServiceLinkedAgencyDeletionStatusV5",
                        Area.AGENCIES),
                op("AttachAgencyPolicyV5", "iam:agencies:attachPolicyV5", Area.AGENCIES),
                op("DetachAgencyPolicyV5", "iam:agencies:detachPolicyV5", Area.AGENCIES),
                op("ListAttachedAgencyPoliciesV5", "iam:agencies:listAttachedPoliciesV5", Area.AGENCIES),
                op("CreateVirtualMfaDeviceV5", "iam:mfa:createVirtualMFADeviceV5", Area.MFA),
                op("DeleteVirtualMfaDeviceV5", "iam:mfa:deleteVirtualMFADeviceV5", Area.MFA),
                op("EnableMfaDeviceV5", "iam:mfa:enableV5", Area.MFA),
                op("DisableMfaDeviceV5", "iam:mfa:disableV5", Area.MFA),
                op("ListMfaDevicesV5", "iam:mfa:listMFADevicesV5", Area.MFA),
                op("ShowPasswordPolicyV5", "iam:securitypolicies:getPasswordPolicyV5", Area.SECURITY_POLICIES),
                op("UpdatePasswordPolicyV5", "iam:securitypolicies:updatePasswordPolicyV5", Area.SECURITY_POLICIES),
                op("ShowLoginPolicyV5", "iam:securitypolicies:getLoginPolicyV5", Area.SECURITY_POLICIES),
                op("UpdateLoginPolicyV5", "iam:securitypolicies:updateLoginPolicyV5", Area.SECURITY_POLICIES),
                new CatalogOperation(
                        "ShowTokenPolicyV5",
                        "iam",
                        "iam:securitypolicies:getTokenPolicyV5",
                        List.of(),
                        Area.SECURITY_POLICIES,
                        Sdks.NODE_ONLY),
                new CatalogOperation(
                        "UpdateTokenPolicyV5",
                        "iam",
                        "iam:securitypolicies:updateTokenPolicyV5",
                        List.of(),
                        Area.SECURITY_POLICIES,
                        Sdks.NODE_ONLY),
                op("ChangePasswordV5", "iam:users:changePasswordV5", Area.SECURITY_POLICIES),
                provider("CreateOIDCProviderV5", "iam:oidcProviders:createV5"),
                provider("ShowOIDCProviderV5", "iam:oidcProviders:getV5"),
                provider("ListOIDCProvidersV5", "iam:oidcProviders:listV5"),
                provider("UpdateOIDCProviderV5", "iam:oidcProviders:updateV5"),
                provider("UpdateOIDCProviderThumbprintV5", "iam:oidcProviders:updateThumbprintV5"),
                provider("AddClientIDToOIDCProviderV5", "iam:oidcProviders:addClientIdV5"),
                provider("RemoveClientIDFromOIDCProviderV5", "iam:oidcProviders:removeClientIdV5"),
                provider("DeleteOIDCProviderV5", "iam:oidcProviders:deleteV5"),
                provider("CreateSAMLProviderV5", "iam:samlProviders:createV5"),
                provider("ShowSAMLProviderV5", "iam:samlProviders:getV5"),
                provider("ListSAMLProvidersV5", "iam:samlProviders:listV5"),
                provider("UpdateSAMLProviderV5", "iam:samlProviders:updateV5"),
                provider("DeleteSAMLProviderV5", "iam:samlProviders:deleteV5"),
                op("GetAccountSummaryV5", "iam::getAccountSummaryV5", Area.ACCOUNT),
                op("GetFeatureStatusV5", null, Area.ACCOUNT),
                op("GetAsymmetricSignatureSwitchV5", "iam::getAsymmetricSignatureSwitchV5", Area.ACCOUNT),
                op("SetAsymmetricSignatureSwitchV5", "iam::setAsymmetricSignatureSwitchV5", Area.ACCOUNT),
                op("GetAuthorizationSchemaV5", null, Area.CATALOG),
                op("ListRegisteredServicesForAuthSchemaV5", null, Area.CATALOG),
                op("ListServicePrincipalsV5", null, Area.CATALOG));
    }

    private static List<CatalogAction> stsActions() {
        return List.of(
                act(
                        "sts:agencies:assume",
                        WRITE,
                        "Assume an agency: obtain its temporary credentials.",
                        "切换委托，获取其临时安全凭证。",
                        List.of(on(AGENCY, TAG)),
                        "sts:ExternalId",
                        "sts:SourceIdentity",
                        "sts:AgencySessionName",
                        "sts:TransitiveTagKeys",
                        REQUEST_TAG,
                        TAG_KEYS),
                new CatalogAction(
                        "sts::tagSession",
                        TAGGING,
                        true,
                        new Text("Pass session tags when assuming an agency.", "切换委托时传递会话标签。"),
                        List.of(),
                        List.of(REQUEST_TAG, TAG_KEYS, "sts:TransitiveTagKeys")),
                new CatalogAction(
                        "sts::setSourceIdentity",
                        WRITE,
                        true,
                        new Text("Set a source identity when assuming an agency.", "切换委托时设置源身份。"),
                        List.of(),
                        List.of("sts:SourceIdentity")),
                act(
                        "sts::decodeAuthorizationMessage",
                        WRITE,
                        "Decode an encoded authorization failure message.",
                        "解码授权失败的编码消息。",
                        List.of()));
    }

    private static List<ConditionKey> stsConditions() {
        return List.of(
                new ConditionKey(
                        "sts:ExternalId",
                        ValueType.STRING,
                        false,
                        new Text("The external ID passed when assuming an agency.", "切换委托时传入的外部ID。")),
                new ConditionKey(
                        "sts:SourceIdentity",
                        ValueType.STRING,
                        false,
                        new Text("The source identity set when assuming an agency.", "切换委托时设置的源身份。")),
                new ConditionKey(
                        "sts:AgencySessionName",
                        ValueType.STRING,
                        false,
                        new Text("The session name given when assuming an agency.", "切换委托时指定的会话名称。")),
                new ConditionKey(
                        "sts:TransitiveTagKeys",
                        ValueType.STRING,
                        true,
                        new Text("The session tag keys that pass on to chained sessions.", "可传递到后续会话的会话标签键。")));
    }

    private static List<CatalogOperation> stsOperations() {
        return List.of(
                new CatalogOperation(
                        "AssumeAgency",
                        "sts",
                        "sts:agencies:assume",
                        List.of("sts::tagSession", "sts::setSourceIdentity"),
                        Area.STS,
                        Sdks.STS),
                new CatalogOperation("GetCallerIdentity", "sts", null, List.of(), Area.STS, Sdks.STS),
                // unsigned: the identity provider's token is the credential, the trust policy alone decides
                new CatalogOperation(
                        "AssumeAgencyWithOIDC", "sts", null, List.of(), Area.IDENTITY_PROVIDERS, Sdks.NEWER),
                new CatalogOperation(
                        "AssumeAgencyWithSAML", "sts", null, List.of(), Area.IDENTITY_PROVIDERS, Sdks.NEWER),
                new CatalogOperation(
                        "DecodeAuthorizationMessage",
                        "sts",
                        "sts::decodeAuthorizationMessage",
                        List.of(),
                        Area.STS,
                        Sdks.STS));
    }

    private static CatalogAction act(String name, AccessLevel level, String en, String zh, ActionResource resource) {
        return act(name, level, en, zh, List.of(resource));
    }

    private static CatalogAction act(
            String name,
            AccessLevel level,
            String en,
            String zh,
            List<ActionResource> resources,
            String... conditionKeys) {
        return new CatalogAction(name, level, false, new Text(en, zh), resources, List.of(conditionKeys));
    }

    /** A required resource type with the condition keys it brings. */
    private static ActionResource on(ResourceType type, String... conditionKeys) {
        return new ActionResource(type, true, List.of(conditionKeys));
    }

    /** An IAM user as the target: its tags and whether it is the root user. */
    private static ActionResource onUser() {
        return on(USER, TAG, ROOT_USER);
    }

    /** An identity-provider operation: in the SDKs from Java 3.1.201 and Node.js 3.1.200 on. */
    private static CatalogOperation provider(String operationId, String action) {
        return new CatalogOperation(operationId, "iam", action, List.of(), Area.IDENTITY_PROVIDERS, Sdks.NEWER);
    }

    private static CatalogOperation op(String operationId, String action, Area area) {
        return new CatalogOperation(operationId, "iam", action, List.of(), area, Sdks.BOTH);
    }
}
