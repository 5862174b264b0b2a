package org.iamemulator.huawei.auth;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** {@code emulator.auth.mode}: soft and off let through what strict refuses. */
class AuthModesIT {

    @Nested
    @TestPropertySource(properties = "emulator.auth.mode=soft")
    class Soft extends EmulatorIntegrationTest {

        @Test
        void letsAWrongSignatureThroughAsTheKeysUser() {
            String id = givenUser(uniqueName("soft"), Map.of());
            huaweiAs(properties.root().accessKey(), "W".repeat(40))
                    .get("/v5/users/{id}", id)
                    .then()
                    .statusCode(200);
            unsigned().get("/v5/users/{id}", id).then().statusCode(200);
        }
    }

    @Nested
    @TestPropertySource(properties = "emulator.auth.mode=off")
    class Off extends EmulatorIntegrationTest {

        @Test
        void anyRequestActsAsTheDefaultRoot() {
            String id = givenUser(uniqueName("off"), Map.of());
            unsigned().get("/v5/users/{id}", id).then().statusCode(200).body("user.user_id", equalTo(id));
            huaweiAs("ANYKEY00000000000000", "any")
                    .get("/v5/users/{id}", id)
                    .then()
                    .statusCode(200);
        }
    }
}
