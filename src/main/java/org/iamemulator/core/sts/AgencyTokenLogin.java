package org.iamemulator.core.sts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.iamemulator.core.account.Account;
import org.iamemulator.core.account.AccountRepository;
import org.iamemulator.core.agency.AgencyService;
import org.iamemulator.core.credential.TemporaryCredentials;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.AgencySession;
import org.iamemulator.core.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The token login for an agency ({@code POST /v3/auth/tokens} with the {@code assume_role} method): AssumeAgency
 * with all its rules (both sides' permissions, duration, session), answered with a token that acts as the session
 * instead of a key pair. The agency is named by its account (id or name) and its name; the session name is the one
 * asked for or the caller's user name.
 */
@Service
@Transactional
public class AgencyTokenLogin {

    /** What the login answers: the token, the session it acts as, and the names the token body shows. */
    public record IssuedAgencyToken(
            String token,
            TemporaryCredentials.Issued session,
            String agencyAccountName,
            Caller assumedBy,
            String assumedByAccountName,
            Instant issuedAt) {

        public AgencySession agencySession() {
            return session.session();
        }
    }

    private final AssumeAgencyService assume;
    private final AgencyService agencies;
    private final AccountRepository accounts;
    private final TemporaryCredentials credentials;
    private final Clock clock;

    AgencyTokenLogin(
            AssumeAgencyService assume,
            AgencyService agencies,
            AccountRepository accounts,
            TemporaryCredentials credentials,
            Clock clock) {
        this.clock = clock;
        this.assume = assume;
        this.agencies = agencies;
        this.accounts = accounts;
        this.credentials = credentials;
    }

    /**
     * @param accountId the agency's account by id, or null to name it by {@code accountName}
     * @param sessionName null for the caller's user name
     * @throws NotFoundException for an unknown account; an unknown agency as AssumeAgency refuses it
     */
    public IssuedAgencyToken login(
            Caller caller,
            String accountId,
            String accountName,
            String agencyName,
            Integer durationSeconds,
            String sessionName) {
        Account account = (accountId != null ? accounts.findById(accountId) : accounts.findByName(accountName))
                .orElseThrow(() -> new NotFoundException("agency", agencyName));
        AssumeAgencyRequest request = new AssumeAgencyRequest(
                agencies.urnByName(account.id(), agencyName),
                sessionName != null ? sessionName : defaultSessionName(caller),
                durationSeconds,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                List.of(),
                List.of());
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TemporaryCredentials.Issued issued = assume.assume(caller, request).credentials();
        String callerAccountName =
                accounts.findById(caller.accountId()).map(Account::name).orElse(caller.accountId());
        return new IssuedAgencyToken(
                credentials.agencyToken(issued), issued, account.name(), caller, callerAccountName, issuedAt);
    }

    /** A session continues under its own session name; a user under its user name. */
    private static String defaultSessionName(Caller caller) {
        return caller.isSession() ? caller.session().sessionName() : caller.userName();
    }
}
