package org.iamemulator.huawei.security;

import org.iamemulator.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** An account of its own and a clock the test moves (ages, validity periods, lock-outs) instead of waiting. */
@Import(MovableClock.Config.class)
abstract class ClockedAccountIntegrationTest extends OwnAccountIntegrationTest {

    @Autowired
    protected MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }
}
