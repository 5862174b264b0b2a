package org.iamemulator.policyengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** New documents name only known actions of the catalogued services; stored ones compile as they are. */
class KnownActionsTest {

    private final KnownActions known = new KnownActions(
            List.of("iam", "sts"),
            List.of("iam:users:getUserV5", "iam:users:listUsersV5", "iam::tagForResourceV5", "sts:agencies:assume"));

    @Test
    void acceptsKnownActionsInAnyCaseAndWildcardsThatMatchOne() {
        assertThat(List.of(
                        "iam:users:getUserV5",
                        "IAM:USERS:GETUSERV5",
                        "iam:users:*",
                        "iam:*:list*",
                        "iam::*",
                        "sts:*:*",
                        "iam:users:get?serV5",
                        "*",
                        "i*:nothing:here"))
                .allMatch(known::accepts);
    }

    @Test
    void refusesActionsOfCataloguedServicesThatMatchNone() {
        assertThat(List.of("iam:users:getUsrV5", "iam:groups:*", "sts::assume", "iam:users:get", "Sts:x:y"))
                .noneMatch(known::accepts);
    }

    @Test
    void leavesOtherServicesAlone() {
        assertThat(List.of("ecs:servers:get", "obs:bucket:*", "ram::GetLoginProfile"))
                .allMatch(known::accepts);
        assertThat(known.covers("ecs:servers:get")).isFalse();
        assertThat(known.covers("iam:users:getUserV5")).isTrue();
    }

    @Test
    void aNewDocumentWithAMisspeltActionIsRefusedWithTheActionAndItsPlace() {
        String document = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"ecs:servers:get\","
                + "\"iam:users:getUsrV5\"]}]}";

        assertThatThrownBy(() -> PolicyDocument.parse(document, known))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> {
                    assertThat(e.location()).isEqualTo("Statement[0].Action[1]");
                    assertThat(e.problem()).contains("unknown action iam:users:getUsrV5");
                });
        assertThat(PolicyDocument.parse(document).statements()).hasSize(1);
    }

    @Test
    void notActionIsCheckedToo() {
        String document =
                "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Deny\",\"NotAction\":[\"sts::nothing\"]}]}";

        assertThatThrownBy(() -> PolicyDocument.parse(document, known))
                .isInstanceOf(PolicyValidationException.class)
                .hasMessageContaining("Statement[0].NotAction[0]");
    }
}
