package org.iamemulator.core.mfa;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iamemulator.core.Ids;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.mfa.MfaRules.Serial;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.user.UserRules;
import org.iamemulator.core.user.UserService;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Virtual MFA devices, confined to the caller's account: at most one per user, enabled by two consecutive codes;
 * an enabled device makes the user's password login ask for a code ({@link #checkLogin}).
 */
@Service
@Transactional
public class MfaService {

    private static final String DEVICE = "virtual MFA device";

    /** What a password login's one-time code amounts to. */
    public enum LoginCheck {
        /** The user has no enabled device and sent no code. */
        NOT_REQUIRED,
        /** The code is the current one of the user's enabled device: the login is an MFA login. */
        PASSED,
        /** The user has an enabled device and sent no or a wrong code, or sent a code without having a device. */
        FAILED
    }

    private final MfaDeviceRepository devices;
    private final UserService users;
    private final PermissionCheck permissions;
    private final Clock clock;
    private final Totp totp;

    public MfaService(MfaDeviceRepository devices, UserService users, PermissionCheck permissions, Clock clock) {
        this.devices = devices;
        this.users = users;
        this.permissions = permissions;
        this.clock = clock;
        this.totp = new Totp(clock);
    }

    /** Creates a disabled device for the user; the seed is in this answer only. */
    public CreatedMfaDevice create(Caller caller, String userId, String name) {
        MfaRules.checkName("virtual_mfa_device_name", name);
        UserRules.checkIdField("user_id", userId);
        String serialNumber = MfaDevice.serialNumber(caller.accountId(), name);
        permissions.require(caller, MfaActions.CREATE, new ProtectedResource(serialNumber, Map.of(), false));
        if (!users.exists(caller.accountId(), userId)) {
            throw new NotFoundException("user", userId);
        }
        if (devices.existsByAccountIdAndName(caller.accountId(), name)) {
            throw new ConflictException(DEVICE, "device name already exists: " + name);
        }
        if (devices.existsByUserId(userId)) {
            throw new ConflictException(DEVICE, "user " + userId + " already has a virtual MFA device");
        }
        String seed = Totp.newSeed();
        devices.save(new MfaDevice(Ids.random(), caller.accountId(), userId, name, seed, now()));
        return new CreatedMfaDevice(serialNumber, seed);
    }

    /** Deletes a device that is not enabled: an enabled one must be disabled first, as the user signs in with it. */
    public void delete(Caller caller, String userId, String serialNumber) {
        UserRules.checkIdParameter("user_id", userId);
        Serial serial = MfaRules.serialParameter("serial_number", serialNumber);
        MfaDevice device = authorized(caller, MfaActions.DELETE, userId, serial, serialNumber);
        if (device.enabled()) {
            throw new ConflictException(DEVICE, "the device " + serialNumber + " is enabled; disable it first");
        }
        devices.delete(device);
    }

    /**
     * Enables the device when the two codes are those of two consecutive steps ({@link Totp#consecutiveNow}); from
     * then on, the user's password login needs a code.
     */
    public void enable(Caller caller, String userId, String serialNumber, String codeFirst, String codeSecond) {
        UserRules.checkIdField("user_id", userId);
        Serial serial = MfaRules.serialField("serial_number", serialNumber);
        MfaRules.checkCode("authentication_code_first", codeFirst);
        MfaRules.checkCode("authentication_code_second", codeSecond);
        MfaDevice device = authorized(caller, MfaActions.ENABLE, userId, serial, serialNumber);
        if (device.enabled()) {
            throw new ConflictException(DEVICE, "the device " + serialNumber + " is already enabled");
        }
        if (!totp.consecutiveNow(device.seed(), codeFirst, codeSecond)) {
            throw InvalidInputException.field(
                    "authentication_code_first",
                    codeFirst,
                    "authentication_code_first and authentication_code_second to be two consecutive codes the"
                            + " device shows now (TOTP, 30-second steps)");
        }
        device.enable();
        devices.save(device);
    }

    /** Disables the device: the user's password login no longer asks for a code. Disabling twice changes nothing. */
    public void disable(Caller caller, String userId, String serialNumber) {
        UserRules.checkIdField("user_id", userId);
        Serial serial = MfaRules.serialField("serial_number", serialNumber);
        MfaDevice device = authorized(caller, MfaActions.DISABLE, userId, serial, serialNumber);
        device.disable();
        devices.save(device);
    }

    /** A page of the account's devices; with {@code userId}, only that user's. */
    @Transactional(readOnly = true)
    public Page<MfaDeviceView> list(Caller caller, String userId, PageRequest page) {
        if (userId != null) {
            UserRules.checkIdParameter("user_id", userId);
        }
        permissions.require(
                caller,
                MfaActions.LIST,
                new ProtectedResource(MfaDevice.serialNumber(caller.accountId(), "*"), Map.of(), false));
        List<MfaDevice> rows =
                devices.findPage(caller.accountId(), userId, page.afterKey(), Limit.of(page.limit() + 1));
        return Page.fromLookahead(rows, page.limit(), MfaDevice::id).map(MfaDeviceView::of);
    }

    /**
     * Checks a one-time code against the user's enabled device, for operations that accept MFA on their own (STS
     * AssumeAgency's {@code serial_number} and {@code token_code}). Checks no permission: the calling operation does.
     *
     * @return the device
     * @throws org.iamemulator.core.error.MalformedIdentifierException for a malformed serial number
     * @throws NotFoundException when the user has no enabled device with that serial number in the account
     * @throws InvalidInputException ({@code token_code}) for a code that is not the device's current one
     */
    @Transactional(readOnly = true)
    public MfaDeviceView verify(String accountId, String userId, String serialNumber, String code) {
        Serial serial = MfaRules.serialField("serial_number", serialNumber);
        MfaRules.checkCode("token_code", code);
        MfaDevice device = find(accountId, userId, serial)
                .filter(MfaDevice::enabled)
                .orElseThrow(() -> new NotFoundException(DEVICE, serialNumber));
        if (!totp.matchesNow(device.seed(), code)) {
            throw InvalidInputException.field("token_code", code, "the current code of the device " + serialNumber);
        }
        return MfaDeviceView.of(device);
    }

    /** The second factor of a password login: {@code passcode} is null when the login sent none. */
    @Transactional(readOnly = true)
    public LoginCheck checkLogin(String userId, String passcode) {
        Optional<MfaDevice> device = devices.findByUserIdAndEnabledTrue(userId);
        if (device.isEmpty()) {
            return passcode == null ? LoginCheck.NOT_REQUIRED : LoginCheck.FAILED;
        }
        return passcode != null && totp.matchesNow(device.get().seed(), passcode)
                ? LoginCheck.PASSED
                : LoginCheck.FAILED;
    }

    /** How many enabled devices the account's root user has (0 or 1): the account summary's MFA flag. */
    @Transactional(readOnly = true)
    public long enabledDevicesOfRoot(String accountId) {
        return devices.countByUserIdAndEnabledTrue(AccountService.rootUserId(accountId));
    }

    /**
     * Loads the user's device of the caller's account and checks the action on it; a missing one (or one of another
     * user) is checked as {@code iam::<account>:mfa:*} first, so that only callers allowed to act on devices learn it
     * is missing.
     */
    private MfaDevice authorized(Caller caller, String action, String userId, Serial serial, String serialNumber) {
        return permissions.requireFound(
                caller,
                action,
                find(caller.accountId(), userId, serial),
                device -> new ProtectedResource(device.serialNumber(), Map.of(), false),
                MfaDevice.serialNumber(caller.accountId(), "*"),
                () -> new NotFoundException(DEVICE, serialNumber));
    }

    /** The device the serial number names, when it is in the account and belongs to the user. */
    private Optional<MfaDevice> find(String accountId, String userId, Serial serial) {
        if (!serial.accountId().equals(accountId)) {
            return Optional.empty();
        }
        return devices.findByAccountIdAndName(accountId, serial.name())
                .filter(device -> device.userId().equals(userId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
