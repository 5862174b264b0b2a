package org.iamemulator.core.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;

import java.util.List;
import java.util.Map;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.policyengine.Decision;
import org.iamemulator.policyengine.Outcome;
import org.iamemulator.policyengine.RequestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DecodeAuthorizationMessage's rules over messages sealed by the real codec: length, permission, the account. */
class AuthorizationMessageServiceTest {

    private final UserFixtures users = new UserFixtures();
    private final AuthorizationMessages messages = new AuthorizationMessages(new byte[32]);
    private final AuthorizationMessageService service = new AuthorizationMessageService(messages, users.allowAll);

    @Test
    void decodesAMessageIssuedForTheCallersAccountAfterAskingThePermission() {
        String encoded = messages.encode(deniedGetUser(ACCOUNT));

        assertThat(service.decode(users.rootCaller, encoded))
                .contains("\"account_id\":\"" + ACCOUNT + "\"", "\"action\":\"iam:users:getUserV5\"");
        assertThat(users.checks).containsExactly("sts::decodeAuthorizationMessage null");
    }

    @Test
    void anotherAccountsMessageIsInvalidLikeAForgedOne() {
        String encoded = messages.encode(deniedGetUser(OTHER_ACCOUNT));

        assertThatThrownBy(() -> service.decode(users.rootCaller, encoded))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("encoded_message");
                    assertThat(error.source()).isEqualTo(InvalidInputException.Source.BODY_FIELD);
                    assertThat(error.rule()).contains("issued for your account");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void aMessageThisEmulatorDidNotIssueIsInvalid(String encoded) {
        assertThatThrownBy(() -> service.decode(users.rootCaller, encoded))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.rule()).contains("issued for your account"));
    }

    @Test
    void theMessageMustBeSentBeforeAnyPermissionIsAsked() {
        assertThatThrownBy(() -> service.decode(users.rootCaller, null))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("encoded_message");
                    assertThat(error.source()).isEqualTo(InvalidInputException.Source.MISSING_BODY_FIELD);
                });
        assertThat(users.checks).isEmpty();
    }

    @Test
    void aMessageIsOneTo10240CharactersAndALongOneIsAbbreviatedInTheError() {
        assertThatThrownBy(() -> service.decode(users.rootCaller, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.rule()).isEqualTo("1 to 10240 characters"));
        assertThatThrownBy(() -> service.decode(users.rootCaller, "A".repeat(10241)))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.rule()).isEqualTo("1 to 10240 characters");
                    assertThat(error.value()).isEqualTo("A".repeat(32) + "...");
                });
        assertThat(users.checks).isEmpty();
        assertThatThrownBy(() -> service.decode(users.rootCaller, "A".repeat(10240)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.rule()).contains("issued for your account"));
        assertThat(users.checks).hasSize(1);
    }

    @Test
    void aCallerNotAllowedToDecodeLearnsNothing() {
        String encoded = messages.encode(deniedGetUser(ACCOUNT));
        AuthorizationMessageService refusing = new AuthorizationMessageService(messages, UserFixtures.DENY_ALL);

        assertThatThrownBy(() -> refusing.decode(users.rootCaller, encoded))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageNotContaining("getUserV5");
    }

    private static Authorizer.Evaluation deniedGetUser(String account) {
        return new Authorizer.Evaluation(
                new Principal(account, "u0000000000000000000000000000001", "dave", false, Map.of()),
                RequestContext.builder()
                        .action("iam:users:getUserV5")
                        .resource("iam::" + account + ":user:erin")
                        .build(),
                new Decision(Outcome.IMPLICIT_DENY, List.of()));
    }
}
