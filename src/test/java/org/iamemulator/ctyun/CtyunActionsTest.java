package org.iamemulator.ctyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.iamemulator.core.catalog.AuthorizationCatalog;
import org.iamemulator.ctyun.CtyunActions.Handler;
import org.iamemulator.ctyun.CtyunActions.Key;
import org.iamemulator.ctyun.error.AwsException;
import org.junit.jupiter.api.Test;

class CtyunActionsTest {

    private final Handler getUser = (call, caller, request) -> null;
    private final CtyunActions actions = new CtyunActions(Map.of(new Key("GetUser", CtyunCall.VERSION), getUser));

    @Test
    void findsTheHandlerOfTheAction() {
        assertThat(actions.handlerOf("GetUser", CtyunCall.VERSION)).isSameAs(getUser);
    }

    @Test
    void refusesAnUnknownActionOrVersionAsAwsDoes() {
        AwsException unknown =
                catchThrowableOfType(AwsException.class, () -> actions.handlerOf("ListUsers", CtyunCall.VERSION));
        AwsException otherVersion =
                catchThrowableOfType(AwsException.class, () -> actions.handlerOf("GetUser", "2011-06-15"));

        assertThat(unknown.error().code()).isEqualTo("InvalidAction");
        assertThat(unknown.getMessage()).isEqualTo("Could not find operation ListUsers for version 2010-05-08.");
        assertThat(otherVersion.getMessage()).isEqualTo("Could not find operation GetUser for version 2011-06-15.");
    }

    @Test
    void policiesMayNameTheActionOfGetUser() {
        assertThat(AuthorizationCatalog.knownActions().accepts(CtyunArns.policyAction(CtyunCall.GET_USER)))
                .isTrue();
    }

    @Test
    void refusesAMissingAction() {
        assertThat(catchThrowableOfType(AwsException.class, () -> actions.handlerOf("", CtyunCall.VERSION))
                        .error()
                        .code())
                .isEqualTo("MissingAction");
    }

    @Test
    void theServedTableAnswersGetUser() {
        CtyunActions served = new CtyunActions(new GetUser(null));

        assertThat(served.handlerOf("GetUser", CtyunCall.VERSION)).isNotNull();
        assertThat(catchThrowableOfType(AwsException.class, () -> served.handlerOf("ListUsers", CtyunCall.VERSION))
                        .error()
                        .code())
                .isEqualTo("InvalidAction");
    }
}
