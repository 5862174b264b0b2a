package org.iamemulator.core.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.sts.StsFixtures.NOW;
import static org.iamemulator.core.sts.StsFixtures.trustingAccount;
import static org.iamemulator.core.sts.StsFixtures.trustingOwnAccount;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT_ROOT;

import java.util.Map;
import org.iamemulator.core.account.Account;
import org.iamemulator.core.account.AccountRepository;
import org.iamemulator.core.agency.AgencyView;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.AgencySession;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.support.FakeRepository;
import org.junit.jupiter.api.Test;

/** The assume_role token login: the agency named by its account and name, AssumeAgency's rules, the session name. */
class AgencyTokenLoginTest {

    private static final String DAVE = "dave0000000000000000000000000001";

    private final StsFixtures fixtures = new StsFixtures();
    private final FakeRepository<Account, String> accountRows = new FakeRepository<>(Account::id);
    private final AgencyTokenLogin login = new AgencyTokenLogin(
            fixtures.assume(fixtures.users.allowAll),
            fixtures.agencies.service,
            accountRows.as(
                    AccountRepository.class,
                    Map.of(
                            "findByName",
                            args -> accountRows.find(account -> account.name().equals(args[0])))),
            fixtures.credentials,
            fixtures.clock);
    private final Caller dave = new Caller(ACCOUNT, DAVE, "dave", false);
    private final AgencyView deployer;

    AgencyTokenLoginTest() {
        accountRows.add(new Account(ACCOUNT, "acme", NOW));
        accountRows.add(new Account(OTHER_ACCOUNT, "partner", NOW));
        fixtures.users.user(DAVE, ACCOUNT, "dave");
        deployer = fixtures.agency(fixtures.users.rootCaller, "deployer", trustingOwnAccount(), 7200);
    }

    @Test
    void namesTheAgencyByItsAccountsIdOrNameAndActsAsTheSession() {
        AgencyTokenLogin.IssuedAgencyToken byId = login.login(dave, ACCOUNT, null, "deployer", null, null);
        AgencyTokenLogin.IssuedAgencyToken byName = login.login(dave, null, "acme", "deployer", 1800, "deploy-1");

        AgencySession session = byId.agencySession();
        assertThat(session.agencyId()).isEqualTo(deployer.id());
        assertThat(session.sessionName())
                .as("the caller's user name by default")
                .isEqualTo("dave");
        assertThat(session.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(byId.token()).isNotBlank().isNotEqualTo(byId.session().securityToken());
        assertThat(byId.agencyAccountName()).isEqualTo("acme");
        assertThat(byId.assumedBy()).isEqualTo(dave);
        assertThat(byId.assumedByAccountName()).isEqualTo("acme");
        assertThat(byId.issuedAt()).isEqualTo(NOW);
        assertThat(byName.agencySession().sessionName()).isEqualTo("deploy-1");
        assertThat(byName.agencySession().expiresAt()).isEqualTo(NOW.plusSeconds(1800));
        assertThat(fixtures.trust.asked).containsOnly("sts:agencies:assume " + deployer.urn());
    }

    @Test
    void aSessionContinuesUnderItsOwnSessionName() {
        Caller session = Caller.of(
                login.login(dave, ACCOUNT, null, "deployer", null, "first").agencySession());

        AgencySession chained =
                login.login(session, ACCOUNT, null, "deployer", null, null).agencySession();

        assertThat(chained.sessionName()).isEqualTo("first");
        assertThat(chained.chained()).isTrue();
    }

    @Test
    void anotherAccountsCallerNamesItsOwnAccountInTheAnswer() {
        AgencyView shared = fixtures.agency(fixtures.users.rootCaller, "shared", trustingAccount(OTHER_ACCOUNT), null);

        AgencyTokenLogin.IssuedAgencyToken issued =
                login.login(OTHER_ACCOUNT_ROOT, null, "acme", "shared", null, "partner-run");

        assertThat(issued.agencySession().agencyId()).isEqualTo(shared.id());
        assertThat(issued.agencyAccountName()).isEqualTo("acme");
        assertThat(issued.assumedByAccountName()).isEqualTo("partner");
    }

    @Test
    void anUnknownAccountOrAgencyIsNotFound() {
        assertThatThrownBy(() -> login.login(dave, null, "nobody", "deployer", null, null))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("entityType", "agency");
        assertThatThrownBy(() -> login.login(dave, "a0000000000000000000000000000009", null, "deployer", null, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> login.login(dave, ACCOUNT, null, "no-such-agency", null, null))
                .isInstanceOf(NotFoundException.class);
    }
}
