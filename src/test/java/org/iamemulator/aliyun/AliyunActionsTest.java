package org.iamemulator.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.iamemulator.aliyun.AliyunActions.Handler;
import org.iamemulator.aliyun.AliyunActions.Key;
import org.iamemulator.aliyun.error.AliyunException;
import org.junit.jupiter.api.Test;

class AliyunActionsTest {

    private final Handler ims = (call, caller, request) -> null;
    private final Handler ram = (call, caller, request) -> null;
    private final AliyunActions actions = new AliyunActions(Map.of(
            new Key("GetLoginProfile", AliyunCall.IMS_VERSION), ims,
            new Key("GetLoginProfile", AliyunCall.RAM_VERSION), ram));

    @Test
    void findsTheHandlerOfTheActionInItsVersion() {
        assertThat(actions.handlerOf("GetLoginProfile", AliyunCall.IMS_VERSION)).isSameAs(ims);
        assertThat(actions.handlerOf("GetLoginProfile", AliyunCall.RAM_VERSION)).isSameAs(ram);
    }

    @Test
    void refusesAnActionTheTableDoesNotHoldAsTheGatewayDoes() {
        assertThat(refusal("ListUsers", AliyunCall.RAM_VERSION).code()).isEqualTo("InvalidApi.NotFound");
        assertThat(refusal("getloginprofile", AliyunCall.IMS_VERSION).code()).isEqualTo("InvalidApi.NotFound");
    }

    @Test
    void refusesAVersionNoRowHasBeforeLookingAtTheAction() {
        assertThat(refusal("ListUsers", "2099-01-01").code()).isEqualTo("InvalidVersion");
        assertThat(refusal("GetLoginProfile", "2099-01-01").code()).isEqualTo("InvalidVersion");
    }

    @Test
    void refusesAMissingActionOrVersion() {
        assertThat(refusal(null, AliyunCall.IMS_VERSION).code()).isEqualTo("MissingAction");
        assertThat(refusal("GetLoginProfile", "").code()).isEqualTo("MissingVersion");
    }

    @Test
    void theServedTableAnswersGetLoginProfileInBothVersions() {
        AliyunActions served = new AliyunActions(new GetLoginProfile(null));

        assertThat(served.handlerOf("GetLoginProfile", AliyunCall.IMS_VERSION)).isNotNull();
        assertThat(served.handlerOf("GetLoginProfile", AliyunCall.RAM_VERSION)).isNotNull();
        assertThat(catchThrowableOfType(
                                AliyunException.class, () -> served.handlerOf("ListUsers", AliyunCall.RAM_VERSION))
                        .code())
                .isEqualTo("InvalidApi.NotFound");
    }

    private AliyunException refusal(String action, String version) {
        return catchThrowableOfType(AliyunException.class, () -> actions.handlerOf(action, version));
    }
}
