package org.iamemulator.config;

import java.util.List;
import org.iamemulator.aliyun.auth.AliyunAuthentication;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.ctyun.auth.CtyunAuthentication;
import org.iamemulator.huawei.auth.HuaweiAuthentication;
import org.iamemulator.web.auth.AuthenticationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one authentication filter and the order in which it asks the dialects whose request it is. */
@Configuration(proxyBeanMethods = false)
class AuthenticationConfiguration {

    /**
     * Alibaba before CTyun: a request at {@code /} with Alibaba's markers (an {@code x-acs-*} header, V1 signature
     * parameters) is Alibaba's even when it also looks like an AWS Query request. Huawei's paths are its own.
     */
    @Bean
    AuthenticationFilter authenticationFilter(
            AliyunAuthentication aliyun,
            CtyunAuthentication ctyun,
            HuaweiAuthentication huawei,
            EmulatorProperties properties,
            AccountService accounts) {
        return new AuthenticationFilter(
                List.of(aliyun, ctyun, huawei),
                () -> properties.auth().mode(),
                () -> accounts.rootCaller(properties.accountId()));
    }
}
