package org.iamemulator.huawei.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.credential.CredentialAuthenticator;
import org.iamemulator.core.credential.CredentialAuthenticator.OneTimeCode;
import org.iamemulator.core.credential.IssuedToken;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.identity.AgencySession;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.sts.AgencyTokenLogin;
import org.iamemulator.core.sts.AgencyTokenLogin.IssuedAgencyToken;
import org.iamemulator.huawei.token.TokenDtos.AssumeRole;
import org.iamemulator.huawei.token.TokenDtos.AssumedBy;
import org.iamemulator.huawei.token.TokenDtos.Domain;
import org.iamemulator.huawei.token.TokenDtos.DomainRef;
import org.iamemulator.huawei.token.TokenDtos.DomainsResponse;
import org.iamemulator.huawei.token.TokenDtos.Identity;
import org.iamemulator.huawei.token.TokenDtos.PasswordUser;
import org.iamemulator.huawei.token.TokenDtos.Token;
import org.iamemulator.huawei.token.TokenDtos.TokenRequest;
import org.iamemulator.huawei.token.TokenDtos.TokenResponse;
import org.iamemulator.huawei.token.TokenDtos.TokenUser;
import org.iamemulator.web.CallerAttribute;
import org.iamemulator.web.CurrentCaller;
import org.iamemulator.web.RequestIdFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Password login and the token login for an agency ({@code POST /v3/auth/tokens}), and the domain look-up the SDKs
 * make.
 */
@RestController
@RequestMapping(path = "/v3/auth", produces = "application/json")
@Tag(name = "Tokens (Huawei IAM v3)")
class HuaweiTokenController {

    /** Keystone timestamps carry microseconds: {@code 2023-09-14T03:32:02.563000Z}. */
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final CredentialAuthenticator authenticator;
    private final AccountService accounts;
    private final AgencyTokenLogin agencyLogins;

    HuaweiTokenController(
            CredentialAuthenticator authenticator, AccountService accounts, AgencyTokenLogin agencyLogins) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.agencyLogins = agencyLogins;
    }

    @PostMapping(path = "/tokens", consumes = "application/json")
    @Operation(
            operationId = "KeystoneCreateUserTokenByPassword",
            summary = "Log in with user name and password (and a virtual MFA code); the token is in X-Subject-Token",
            description = "Also KeystoneCreateUserTokenByPasswordAndMfa: methods [\"password\", \"totp\"] with"
                    + " totp.user.id and totp.user.passcode, required when the user has an enabled virtual MFA"
                    + " device; its token's requests then carry g:MFAPresent=true and g:MFAAge."
                    + " A successful login is recorded: ShowUserLastLoginV5 reports it."
                    + " Also KeystoneCreateAgencyToken: methods [\"assume_role\"] with X-Auth-Token and"
                    + " assume_role.domain_id or domain_name, agency_name, duration_seconds, session_user.name;"
                    + " AssumeAgency's rules apply and the token acts as the agency session.")
    ResponseEntity<TokenResponse> login(@RequestBody TokenRequest body, HttpServletRequest request) {
        if (body.auth() != null
                && body.auth().identity() != null
                && body.auth().identity().methods() != null
                && body.auth().identity().methods().contains("assume_role")) {
            return assumeRole(body.auth().identity(), CallerAttribute.get(request));
        }
        PasswordUser user = passwordUser(body);
        IssuedToken issued = authenticator.login(
                user.domain().id(),
                user.domain().name(),
                user.name(),
                user.password(),
                oneTimeCode(body.auth().identity()),
                request.getRemoteAddr());
        DomainRef domain = new DomainRef(issued.caller().accountId(), issued.accountName());
        List<String> methods =
                issued.caller().mfaAuthenticatedAt() == null ? List.of("password") : List.of("password", "totp");
        Token token = new Token(
                MICROS.format(issued.expiresAt()),
                MICROS.format(issued.issuedAt()),
                methods,
                new TokenUser(issued.caller().userId(), issued.caller().userName(), domain, ""),
                domain,
                List.of(),
                List.of(),
                null);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("X-Subject-Token", issued.token())
                .body(new TokenResponse(token));
    }

    /**
     * KeystoneCreateAgencyToken: the token of a user (or of an agency session) in {@code X-Auth-Token} assumes an
     * agency; the new token acts as the agency session. Reached through the same path as the password login, which
     * the authentication filter lets through without credentials, so the caller is null without a token.
     */
    private ResponseEntity<TokenResponse> assumeRole(Identity identity, Caller caller) {
        if (caller == null) {
            throw new AuthenticationException(AuthenticationException.Reason.TOKEN_INVALID, "token");
        }
        AssumeRole assumeRole = identity.assumeRole();
        if (assumeRole == null) {
            throw InvalidInputException.missingField("auth.identity.assume_role");
        }
        if (assumeRole.agencyName() == null) {
            throw InvalidInputException.missingField("auth.identity.assume_role.agency_name");
        }
        if (assumeRole.domainId() == null && assumeRole.domainName() == null) {
            throw InvalidInputException.missingField("auth.identity.assume_role.domain_name");
        }
        IssuedAgencyToken issued = agencyLogins.login(
                caller,
                assumeRole.domainId(),
                assumeRole.domainName(),
                assumeRole.agencyName(),
                assumeRole.durationSeconds(),
                assumeRole.sessionUser() == null
                        ? null
                        : assumeRole.sessionUser().name());
        AgencySession session = issued.agencySession();
        DomainRef domain = new DomainRef(session.accountId(), issued.agencyAccountName());
        Caller assumedBy = issued.assumedBy();
        DomainRef assumedByDomain = new DomainRef(assumedBy.accountId(), issued.assumedByAccountName());
        // a session that assumes again is named by its id and URN, having no user
        TokenUser assumedByUser = assumedBy.isSession()
                ? new TokenUser(assumedBy.principalId(), assumedBy.urn(), assumedByDomain, null)
                : new TokenUser(assumedBy.userId(), assumedBy.userName(), assumedByDomain, null);
        Token token = new Token(
                MICROS.format(session.expiresAt()),
                MICROS.format(issued.issuedAt()),
                List.of("assume_role"),
                new TokenUser(
                        session.agencyId(), issued.agencyAccountName() + "/" + session.agencyName(), domain, null),
                domain,
                List.of(),
                List.of(),
                new AssumedBy(assumedByUser));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("X-Subject-Token", issued.token())
                .body(new TokenResponse(token));
    }

    @GetMapping("/domains")
    @Operation(
            operationId = "KeystoneListAuthDomains",
            summary = "The caller's account (domain)",
            description = "The SDKs call this to find the domain id when credentials do not name one.")
    ResponseEntity<DomainsResponse> domains(@CurrentCaller Caller caller, HttpServletRequest request) {
        Domain domain = new Domain(caller.accountId(), accounts.name(caller.accountId()), true, "");
        // the SDK logs a warning when the trace id is absent
        return ResponseEntity.ok()
                .header("X-IAM-Trace-Id", RequestIdFilter.requestId(request))
                .body(new DomainsResponse(List.of(domain)));
    }

    /** The {@code totp} method's code, null when the login names no such method. */
    private static OneTimeCode oneTimeCode(Identity identity) {
        if (!identity.methods().contains("totp")) {
            return null;
        }
        if (identity.totp() == null || identity.totp().user() == null) {
            throw InvalidInputException.missingField("auth.identity.totp.user");
        }
        if (identity.totp().user().id() == null) {
            throw InvalidInputException.missingField("auth.identity.totp.user.id");
        }
        if (identity.totp().user().passcode() == null) {
            throw InvalidInputException.missingField("auth.identity.totp.user.passcode");
        }
        return new OneTimeCode(
                identity.totp().user().id(), identity.totp().user().passcode());
    }

    private static PasswordUser passwordUser(TokenRequest body) {
        if (body.auth() == null || body.auth().identity() == null) {
            throw InvalidInputException.missingField("auth.identity");
        }
        List<String> methods = body.auth().identity().methods();
        if (methods == null || !methods.contains("password")) {
            throw InvalidInputException.field(
                    "auth.identity.methods", methods, "[\"password\"] or [\"password\", \"totp\"]");
        }
        if (body.auth().identity().password() == null
                || body.auth().identity().password().user() == null) {
            throw InvalidInputException.missingField("auth.identity.password.user");
        }
        PasswordUser user = body.auth().identity().password().user();
        if (user.name() == null) {
            throw InvalidInputException.missingField("auth.identity.password.user.name");
        }
        if (user.password() == null) {
            throw InvalidInputException.missingField("auth.identity.password.user.password");
        }
        if (user.domain() == null
                || (user.domain().id() == null && user.domain().name() == null)) {
            throw InvalidInputException.missingField("auth.identity.password.user.domain.name");
        }
        return user;
    }
}
