package org.iamemulator.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.iamemulator.aliyun.error.AliyunException;
import org.junit.jupiter.api.Test;

class UserPrincipalNameTest {

    @Test
    void splitsTheUserFromItsAccountInLowerCase() {
        assertThat(UserPrincipalName.parse("Alice.B@Example.OnAliyun.com"))
                .isEqualTo(new UserPrincipalName("Alice.B", "example"));
        assertThat(UserPrincipalName.parse("a@b@acct.onaliyun.com")).isEqualTo(new UserPrincipalName("a@b", "acct"));
    }

    @Test
    void refusesWhatIsNotAPrincipalName() {
        for (String invalid : new String[] {
            "alice",
            "alice@example.com",
            "@example.onaliyun.com",
            "alice@.onaliyun.com",
            "al/ice@example.onaliyun.com",
            "a".repeat(65) + "@example.onaliyun.com",
            "alice@" + "d".repeat(120) + ".onaliyun.com"
        }) {
            assertThat(catchThrowableOfType(AliyunException.class, () -> UserPrincipalName.parse(invalid))
                            .code())
                    .as(invalid)
                    .isEqualTo("InvalidParameter.UserPrincipalName.Format");
        }
    }

    @Test
    void aMissingPrincipalNameIsMissing() {
        assertThat(catchThrowableOfType(AliyunException.class, () -> UserPrincipalName.parse(""))
                        .code())
                .isEqualTo("MissingUserPrincipalName");
    }

    @Test
    void namesTheUserWithItsAccountName() {
        assertThat(UserPrincipalName.of("alice", "emulator")).isEqualTo("alice@emulator.onaliyun.com");
    }
}
