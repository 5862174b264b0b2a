package org.iamemulator.huawei.security;

import com.huaweicloud.sdk.iam.v5.IamClient;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/** Each test has a disposable account of its own, so that the policies it sets bind no other test. */
abstract class OwnAccountIntegrationTest extends EmulatorIntegrationTest {

    protected AccountUnderTest account;
    /** The official SDK as the account's root user. */
    protected IamClient root;

    @BeforeEach
    void anAccountOfItsOwn() {
        account = AccountUnderTest.create(baseUri, control());
        root = account.root();
    }
}
