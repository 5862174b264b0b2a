package org.iamemulator.core.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;

import java.time.Instant;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.MalformedIdentifierException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.mfa.MfaService.LoginCheck;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.support.FakeRepository;
import org.junit.jupiter.api.Test;

/** Virtual MFA rules over devices and users in memory: one device per user, enabling, deleting, verifying codes. */
class MfaServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final String DAVE = "u0000000000000000000000000000001";
    private static final String ERIN = "u0000000000000000000000000000002";
    private static final String OTTO = "u0000000000000000000000000000003";

    private final UserFixtures users = new UserFixtures();
    private final MfaFixtures devices = new MfaFixtures(users, NOW);
    private final FakeRepository<MfaDevice, String> rows = devices.rows;
    private final MfaService service = devices.service;

    MfaServiceTest() {
        users.user(DAVE, ACCOUNT, "dave");
        users.user(ERIN, ACCOUNT, "erin");
        users.user(OTTO, OTHER_ACCOUNT, "otto");
    }

    @Test
    void createsADisabledDeviceNamedByItsSerialNumber() {
        CreatedMfaDevice created = service.create(users.rootCaller, DAVE, "dave-phone");

        assertThat(created.serialNumber()).isEqualTo("iam::" + ACCOUNT + ":mfa:dave-phone");
        assertThat(created.base32Seed()).matches("[A-Z2-7]{32}");
        assertThat(users.checks)
                .containsExactly("iam:mfa:createVirtualMFADeviceV5 iam::" + ACCOUNT + ":mfa:dave-phone");
        assertThat(service.list(users.rootCaller, DAVE, PageRequest.of(null, null))
                        .items())
                .containsExactly(new MfaDeviceView(created.serialNumber(), DAVE, false));
    }

    @Test
    void refusesBadNamesAndUsersOfOtherAccounts() {
        assertThatThrownBy(() -> service.create(users.rootCaller, DAVE, "dave phone"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("virtual_mfa_device_name");
        assertThatThrownBy(() -> service.create(users.rootCaller, DAVE, "x".repeat(65)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.create(users.rootCaller, DAVE, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.create(users.rootCaller, OTTO, "otto")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aUserHasOneDeviceAndNamesAreUniquePerAccount() {
        service.create(users.rootCaller, DAVE, "phone");

        assertThatThrownBy(() -> service.create(users.rootCaller, DAVE, "second"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already has a virtual MFA device");
        assertThatThrownBy(() -> service.create(users.rootCaller, ERIN, "phone"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("name already exists");
    }

    @Test
    void twoConsecutiveCodesEnableTheDevice() {
        CreatedMfaDevice created = service.create(users.rootCaller, DAVE, "phone");

        service.enable(
                users.rootCaller, DAVE, created.serialNumber(), devices.code(created, -30), devices.code(created, 0));

        assertThat(rows.rows().get(0).enabled()).isTrue();
        assertThatThrownBy(() -> service.enable(
                        users.rootCaller,
                        DAVE,
                        created.serialNumber(),
                        devices.code(created, -30),
                        devices.code(created, 0)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already enabled");
    }

    @Test
    void wrongOrMalformedCodesDoNotEnableTheDevice() {
        CreatedMfaDevice created = service.create(users.rootCaller, DAVE, "phone");
        String serial = created.serialNumber();

        assertThatThrownBy(() -> service.enable(
                        users.rootCaller, DAVE, serial, devices.code(created, 0), devices.code(created, -30)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("two consecutive codes");
        assertThatThrownBy(() -> service.enable(
                        users.rootCaller, DAVE, serial, devices.code(created, -120), devices.code(created, -90)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.enable(users.rootCaller, DAVE, serial, "12345", devices.code(created, 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("authentication_code_first");
        assertThatThrownBy(() -> service.enable(users.rootCaller, DAVE, serial, devices.code(created, -30), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("authentication_code_second");
        assertThat(rows.rows().get(0).enabled()).isFalse();
    }

    @Test
    void serialNumbersOfAnotherShapeAccountOrUserAreRefused() {
        CreatedMfaDevice created = service.create(users.rootCaller, DAVE, "phone");

        assertThatThrownBy(() -> service.disable(users.rootCaller, DAVE, "phone"))
                .isInstanceOf(MalformedIdentifierException.class);
        assertThatThrownBy(() -> service.disable(users.rootCaller, DAVE, "iam::" + ACCOUNT + ":user:phone"))
                .isInstanceOf(MalformedIdentifierException.class);
        assertThatThrownBy(() -> service.disable(users.rootCaller, DAVE, "iam::" + OTHER_ACCOUNT + ":mfa:phone"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.disable(users.rootCaller, ERIN, created.serialNumber()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(users.rootCaller, DAVE, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("serial_number");
    }

    @Test
    void anEnabledDeviceIsDeletedOnlyOnceDisabled() {
        CreatedMfaDevice created = devices.enabledDevice(DAVE);

        assertThatThrownBy(() -> service.delete(users.rootCaller, DAVE, created.serialNumber()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("disable it first");
        service.disable(users.rootCaller, DAVE, created.serialNumber());
        service.delete(users.rootCaller, DAVE, created.serialNumber());

        assertThat(rows.rows()).isEmpty();
        assertThatThrownBy(() -> service.delete(users.rootCaller, DAVE, created.serialNumber()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsTheAccountsDevicesOrOneUsers() {
        CreatedMfaDevice dave = service.create(users.rootCaller, DAVE, "dave");
        CreatedMfaDevice erin = service.create(users.rootCaller, ERIN, "erin");

        assertThat(service.list(users.rootCaller, null, PageRequest.of(null, null))
                        .items())
                .extracting(MfaDeviceView::serialNumber)
                .containsExactlyInAnyOrder(dave.serialNumber(), erin.serialNumber());
        assertThat(service.list(users.rootCaller, ERIN, PageRequest.of(null, null))
                        .items())
                .extracting(MfaDeviceView::serialNumber)
                .containsExactly(erin.serialNumber());
        assertThat(users.checks).contains("iam:mfa:listMFADevicesV5 iam::" + ACCOUNT + ":mfa:*");
    }

    @Test
    void verifyAcceptsTheCurrentCodeOfAnEnabledDeviceOnly() {
        CreatedMfaDevice created = service.create(users.rootCaller, DAVE, "phone");
        String serial = created.serialNumber();
        assertThatThrownBy(() -> service.verify(ACCOUNT, DAVE, serial, devices.code(created, 0)))
                .as("not enabled yet")
                .isInstanceOf(NotFoundException.class);
        service.enable(users.rootCaller, DAVE, serial, devices.code(created, -30), devices.code(created, 0));

        assertThat(service.verify(ACCOUNT, DAVE, serial, devices.code(created, 0)))
                .isEqualTo(new MfaDeviceView(serial, DAVE, true));
        assertThatThrownBy(() -> service.verify(ACCOUNT, DAVE, serial, devices.code(created, -90)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("token_code");
        assertThatThrownBy(() -> service.verify(ACCOUNT, ERIN, serial, devices.code(created, 0)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.verify(OTHER_ACCOUNT, DAVE, serial, devices.code(created, 0)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.verify(ACCOUNT, DAVE, "not-a-serial", devices.code(created, 0)))
                .isInstanceOf(MalformedIdentifierException.class);
    }

    @Test
    void aLoginNeedsTheCodeExactlyWhenTheUserHasAnEnabledDevice() {
        assertThat(service.checkLogin(DAVE, null)).isEqualTo(LoginCheck.NOT_REQUIRED);
        assertThat(service.checkLogin(DAVE, "123456"))
                .as("a code without a device")
                .isEqualTo(LoginCheck.FAILED);
        CreatedMfaDevice created = service.create(users.rootCaller, DAVE, "phone");
        assertThat(service.checkLogin(DAVE, null)).as("a device not enabled").isEqualTo(LoginCheck.NOT_REQUIRED);

        service.enable(
                users.rootCaller, DAVE, created.serialNumber(), devices.code(created, -30), devices.code(created, 0));

        assertThat(service.checkLogin(DAVE, null)).isEqualTo(LoginCheck.FAILED);
        assertThat(service.checkLogin(DAVE, devices.code(created, -90))).isEqualTo(LoginCheck.FAILED);
        assertThat(service.checkLogin(DAVE, devices.code(created, 0))).isEqualTo(LoginCheck.PASSED);
    }

    @Test
    void countsTheRootUsersEnabledDevices() {
        String rootId = AccountService.rootUserId(ACCOUNT);
        users.user(rootId, ACCOUNT, "root");
        CreatedMfaDevice created = service.create(users.rootCaller, rootId, "root-phone");
        devices.enabledDevice(DAVE);
        assertThat(service.enabledDevicesOfRoot(ACCOUNT)).isZero();

        service.enable(
                users.rootCaller, rootId, created.serialNumber(), devices.code(created, -30), devices.code(created, 0));

        assertThat(service.enabledDevicesOfRoot(ACCOUNT)).isEqualTo(1);
        assertThat(service.enabledDevicesOfRoot(OTHER_ACCOUNT)).isZero();
    }
}
