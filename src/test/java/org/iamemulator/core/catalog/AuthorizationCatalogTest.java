package org.iamemulator.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.iam.v5.IamClient;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iamemulator.core.account.AccountActions;
import org.iamemulator.core.agency.AgencyActions;
import org.iamemulator.core.authz.AuthorizationMessageService;
import org.iamemulator.core.credential.CredentialActions;
import org.iamemulator.core.federation.FederationActions;
import org.iamemulator.core.group.GroupActions;
import org.iamemulator.core.mfa.MfaActions;
import org.iamemulator.core.policy.PolicyActions;
import org.iamemulator.core.security.SecurityPolicyActions;
import org.iamemulator.core.sts.StsActions;
import org.iamemulator.core.tag.TagActions;
import org.iamemulator.core.user.UserActions;
import org.junit.jupiter.api.Test;

class AuthorizationCatalogTest {

    @Test
    void coversEveryV5OperationOfTheJavaSdkAndTheTokenPolicyOfTheNodeSdkBesidesTheNewerIdentityProviders() {
        Set<String> javaSdk = Arrays.stream(IamClient.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 1)
                .map(Method::getParameterTypes)
                .map(types -> types[0].getSimpleName())
                .filter(type -> type.endsWith("Request"))
                .map(type -> type.substring(0, type.length() - "Request".length()))
                .collect(Collectors.toSet());
        Set<String> iam = AuthorizationCatalog.operations().stream()
                .filter(operation ->
                        operation.service().equals("iam") && operation.sdks() != CatalogOperation.Sdks.NEWER)
                .map(CatalogOperation::operationId)
                .collect(Collectors.toSet());

        assertThat(javaSdk).hasSize(71);
        assertThat(iam).containsAll(javaSdk);
        assertThat(iam)
                .containsExactlyInAnyOrderElementsOf(
                        Stream.concat(javaSdk.stream(), Stream.of("ShowTokenPolicyV5", "UpdateTokenPolicyV5"))
                                .toList());
    }

    @Test
    void everyOperationNeedsActionsOfItsOwnService() {
        for (CatalogOperation operation : AuthorizationCatalog.operations()) {
            Stream.concat(Stream.ofNullable(operation.action()), operation.dependentActions().stream())
                    .forEach(action -> assertThat(AuthorizationCatalog.action(action))
                            .as("%s needs %s", operation.operationId(), action)
                            .hasValueSatisfying(
                                    known -> assertThat(known.service()).isEqualTo(operation.service())));
        }
    }

    @Test
    void theActionsTheServicesCheckAreCatalogued() throws IllegalAccessException {
        List<Class<?>> holders = List.of(
                UserActions.class,
                GroupActions.class,
                PolicyActions.class,
                CredentialActions.class,
                AccountActions.class,
                MfaActions.class,
                AgencyActions.class,
                SecurityPolicyActions.class,
                StsActions.class,
                TagActions.class,
                FederationActions.class,
                AuthorizationMessageService.class);
        for (Class<?> holder : holders) {
            for (Field field : holder.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        && Modifier.isPublic(field.getModifiers())
                        && field.getType() == String.class) {
                    String action = (String) field.get(null);
                    assertThat(AuthorizationCatalog.action(action))
                            .as("%s.%s", holder.getSimpleName(), field.getName())
                            .isPresent();
                }
            }
        }
    }

    @Test
    void eachActionIsCataloguedOnceWithItsResourceTypesListed() {
        for (ServiceCatalog service : List.of(
                AuthorizationCatalog.service("iam").orElseThrow(),
                AuthorizationCatalog.service("sts").orElseThrow())) {
            assertThat(service.actions())
                    .extracting(CatalogAction::name)
                    .doesNotHaveDuplicates()
                    .allSatisfy(name -> assertThat(name).startsWith(service.code() + ":"));
            assertThat(service.actions())
                    .flatExtracting(CatalogAction::resources)
                    .allSatisfy(resource -> assertThat(service.resources()).contains(resource.type()));
        }
    }

    @Test
    void tellsKnownUnknownAndOtherServicesActionsApart() {
        assertThat(AuthorizationCatalog.status("iam:users:getUserV5")).isEqualTo(ActionStatus.KNOWN);
        assertThat(AuthorizationCatalog.status("IAM:Users:GetUserV5")).isEqualTo(ActionStatus.KNOWN);
        assertThat(AuthorizationCatalog.status("iam:agencies:createV5")).isEqualTo(ActionStatus.KNOWN);
        assertThat(AuthorizationCatalog.status("sts:agencies:assume")).isEqualTo(ActionStatus.KNOWN);
        assertThat(AuthorizationCatalog.status("iam:users:getUsrV5")).isEqualTo(ActionStatus.UNKNOWN);
        assertThat(AuthorizationCatalog.status("sts::assume")).isEqualTo(ActionStatus.UNKNOWN);
        assertThat(AuthorizationCatalog.status("ecs:servers:get")).isEqualTo(ActionStatus.NOT_CATALOGUED);
    }

    @Test
    void theSystemPoliciesActionsAreAccepted() {
        assertThat(List.of("iam:*:*", "iam:*:get*", "iam:*:list*", "iam:*:show*", "*", "iam:users:*"))
                .allSatisfy(
                        action -> assertThat(AuthorizationCatalog.knownActions().accepts(action))
                                .isTrue());
        assertThat(AuthorizationCatalog.knownActions().accepts("iam:users:nothing*"))
                .isFalse();
    }
}
