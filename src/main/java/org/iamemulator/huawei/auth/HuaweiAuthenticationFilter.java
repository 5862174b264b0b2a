package org.iamemulator.huawei.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.web.CallerAttribute;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Resolves who calls the Huawei API: for now every request acts as the default account's root user. */
@Component
class HuaweiAuthenticationFilter extends OncePerRequestFilter {

    private final AccountService accounts;
    private final EmulatorProperties properties;

    HuaweiAuthenticationFilter(AccountService accounts, EmulatorProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/v5/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CallerAttribute.set(request, accounts.rootCaller(properties.accountId()));
        chain.doFilter(request, response);
    }
}
