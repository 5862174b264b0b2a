package org.iamemulator.core.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.iamemulator.policyengine.Decision;
import org.iamemulator.policyengine.Outcome;
import org.iamemulator.policyengine.RequestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizationMessagesTest {

    private static final byte[] KEY = new byte[32];

    private final AuthorizationMessages messages = new AuthorizationMessages(KEY);

    @Test
    void opensWhatItSealedForTheSameAccountOnly() {
        String encoded = messages.encode(evaluation("acct"));
        assertThat(messages.decode("acct", encoded))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("\"action\":\"iam:users:getUserV5\"", "\"decision\":\"IMPLICIT_DENY\""));
        assertThat(messages.decode("other", encoded)).isEmpty();
        assertThat(new AuthorizationMessages(new byte[32]).decode("acct", encoded))
                .isPresent();
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThat(new AuthorizationMessages(otherKey).decode("acct", encoded)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "A",
                "not base64!",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
            })
    void refusesAnythingElse(String encoded) {
        assertThat(messages.decode("acct", encoded)).isEmpty();
    }

    @Test
    void refusesAnAlteredMessage() {
        byte[] blob = Base64.getDecoder().decode(messages.encode(evaluation("acct")));
        blob[blob.length / 2] ^= 1;
        assertThat(messages.decode("acct", Base64.getEncoder().encodeToString(blob)))
                .isEmpty();
    }

    private static Authorizer.Evaluation evaluation(String account) {
        RequestContext context = RequestContext.builder()
                .action("iam:users:getUserV5")
                .resource("iam::x:user:y")
                .condition("g:UserName", "u")
                .build();
        return new Authorizer.Evaluation(
                new Principal(account, "id", "u", false, Map.of()),
                context,
                new Decision(Outcome.IMPLICIT_DENY, List.of()));
    }
}
