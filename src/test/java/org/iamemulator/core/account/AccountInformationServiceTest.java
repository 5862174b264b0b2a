package org.iamemulator.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.iamemulator.core.agency.AgencyFixtures;
import org.iamemulator.core.agency.NewAgency;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.group.GroupFixtures;
import org.iamemulator.core.mfa.MfaDevice;
import org.iamemulator.core.mfa.MfaDeviceRepository;
import org.iamemulator.core.mfa.MfaService;
import org.iamemulator.core.policy.Policy;
import org.iamemulator.core.policy.PolicyRepository;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.support.FakeRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an account learns about itself, over entities in memory: its counts and quotas, features, its switch. */
class AccountInformationServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final Quotas QUOTAS = new Quotas(new QuotaSettings(7, 8, 9));

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final UserFixtures users = new UserFixtures();
    private final GroupFixtures groups = new GroupFixtures(users, clock);
    private final AgencyFixtures agencies = new AgencyFixtures(users, clock);
    private final FakeRepository<Account, String> accountRows = new FakeRepository<>(Account::id);
    /** Custom policies per account; policies cannot be made outside their package, and only their count matters. */
    private final Map<String, Long> customPolicies = Map.of(ACCOUNT, 3L, OTHER_ACCOUNT, 5L);
    /** The root user's enabled MFA devices, by the root user's id. */
    private final Map<String, Long> enabledDevices = Map.of(AccountService.rootUserId(ACCOUNT), 1L);

    AccountInformationServiceTest() {
        accountRows.add(new Account(ACCOUNT, "emulator", NOW));
        users.user("u0000000000000000000000000000001", ACCOUNT, "dave");
        users.user("u0000000000000000000000000000009", OTHER_ACCOUNT, "stranger");
        groups.service.create(users.rootCaller, "admins", null);
        groups.service.create(UserFixtures.OTHER_ACCOUNT_ROOT, "admins", null);
        groups.service.create(UserFixtures.OTHER_ACCOUNT_ROOT, "ops", null);
        agencies.service.create(
                users.rootCaller, new NewAgency("deployer", null, AgencyFixtures.TRUST_OWN_ACCOUNT, null, null));
        users.checks.clear();
    }

    @Test
    void theSummaryCountsTheCallersAccountOnlyAndShowsTheQuotasInForce() {
        AccountSummary summary = service(users.allowAll).summary(users.rootCaller);

        assertThat(summary)
                .isEqualTo(new AccountSummary(
                        2, // the root user and dave
                        7, // the configured quotas of users, groups and policies
                        1, 8, 3, 9, 1, 50, // the real service's quotas from here on
                        10, 10, 10, 5, 6144, 1));
        assertThat(users.checks).containsExactly("iam::getAccountSummaryV5 null");
    }

    @Test
    void theSummaryCountsOnlyTheRootUsersMfaDevices() {
        accountRows.add(new Account(OTHER_ACCOUNT, "other", NOW));

        assertThat(service(users.allowAll)
                        .summary(UserFixtures.OTHER_ACCOUNT_ROOT)
                        .rootUserMfaDevices())
                .isZero();
    }

    @Test
    void aRefusedSummaryCountsNothing() {
        assertThatThrownBy(() -> service(UserFixtures.DENY_ALL).summary(users.rootCaller))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void knowsItsTwoFeaturesWithoutAskingAnyPermission() {
        AccountInformationService service = service(UserFixtures.DENY_ALL);

        assertThat(service.featureStatus("v5_console")).isEqualTo("on");
        assertThat(service.featureStatus("access_analyzer")).isEqualTo("off");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "V5_CONSOLE", "mfa"})
    void anUnknownFeatureIsInvalidInput(String feature) {
        assertThatThrownBy(() -> service(users.allowAll).featureStatus(feature))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("feature_name");
                    assertThat(error.source()).isEqualTo(InvalidInputException.Source.PARAMETER);
                });
    }

    @Test
    void theAsymmetricSignatureSwitchIsOffUntilSetAndBelongsToTheAccount() {
        AccountInformationService service = service(users.allowAll);
        accountRows.add(new Account(OTHER_ACCOUNT, "other", NOW));

        assertThat(service.asymmetricSignature(users.rootCaller)).isFalse();
        service.setAsymmetricSignature(users.rootCaller, true);

        assertThat(service.asymmetricSignature(users.rootCaller)).isTrue();
        assertThat(service.asymmetricSignature(UserFixtures.OTHER_ACCOUNT_ROOT)).isFalse();
        assertThat(users.checks)
                .containsExactly(
                        "iam::getAsymmetricSignatureSwitchV5 null",
                        "iam::setAsymmetricSignatureSwitchV5 null",
                        "iam::getAsymmetricSignatureSwitchV5 null",
                        "iam::getAsymmetricSignatureSwitchV5 null");
    }

    @Test
    void theSwitchMustBeSaidBeforeAnyPermissionIsAsked() {
        assertThatThrownBy(() -> service(users.allowAll).setAsymmetricSignature(users.rootCaller, null))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("asymmetric_signature_switch");
                    assertThat(error.source()).isEqualTo(InvalidInputException.Source.MISSING_BODY_FIELD);
                });
        assertThat(users.checks).isEmpty();
    }

    @Test
    void aRefusedCallerLeavesTheSwitchAsItWas() {
        assertThatThrownBy(() -> service(UserFixtures.DENY_ALL).setAsymmetricSignature(users.rootCaller, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accountRows.rows())
                .singleElement()
                .satisfies(account -> assertThat(account.asymmetricSignature()).isFalse());
    }

    private AccountInformationService service(PermissionCheck permissions) {
        return new AccountInformationService(
                accountRows.as(AccountRepository.class, Map.of()),
                users.repository,
                groups.repository,
                new FakeRepository<Policy, String>(Policy::id)
                        .as(PolicyRepository.class, Map.of("countByAccountId", args -> customPolicies.get(args[0]))),
                agencies.repository,
                new MfaService(
                        new FakeRepository<MfaDevice, String>(MfaDevice::id)
                                .as(
                                        MfaDeviceRepository.class,
                                        Map.of(
                                                "countByUserIdAndEnabledTrue",
                                                args -> enabledDevices.getOrDefault(args[0], 0L))),
                        null,
                        permissions,
                        clock),
                permissions,
                QUOTAS);
    }
}
