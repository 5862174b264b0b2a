package org.iamemulator.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** All time-dependent logic reads this clock, so tests can move time instead of waiting. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
