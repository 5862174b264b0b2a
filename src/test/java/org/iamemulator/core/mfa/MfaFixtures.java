package org.iamemulator.core.mfa;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.core.user.UserService;
import org.iamemulator.support.FakeRepository;
import org.iamemulator.support.TotpCodes;

/** Virtual MFA devices in memory behind the real MfaService, at a fixed time, for the users of {@link UserFixtures}. */
public final class MfaFixtures {

    public final FakeRepository<MfaDevice, String> rows = new FakeRepository<>(MfaDevice::id);
    public final MfaService service;
    private final UserFixtures users;
    private final Instant now;

    public MfaFixtures(UserFixtures users, Instant now) {
        this.users = users;
        this.now = now;
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        service = new MfaService(
                rows.as(
                        MfaDeviceRepository.class,
                        Map.of(
                                "findByAccountIdAndName",
                                        args -> rows.find(
                                                device -> device.accountId().equals(args[0])
                                                        && device.name().equals(args[1])),
                                "existsByAccountIdAndName",
                                        args -> rows.any(
                                                device -> device.accountId().equals(args[0])
                                                        && device.name().equals(args[1])),
                                "existsByUserId",
                                        args -> rows.any(
                                                device -> device.userId().equals(args[0])),
                                "findByUserIdAndEnabledTrue",
                                        args -> rows.find(
                                                device -> device.userId().equals(args[0]) && device.enabled()),
                                "countByUserIdAndEnabledTrue",
                                        args -> rows.count(
                                                device -> device.userId().equals(args[0]) && device.enabled()),
                                "findPage",
                                        args -> rows.rows().stream()
                                                .filter(device ->
                                                        device.accountId().equals(args[0])
                                                                && (args[1] == null
                                                                        || device.userId()
                                                                                .equals(args[1])))
                                                .toList())),
                new UserService(users.repository, null, null, null, users.allowAll, UserFixtures.QUOTAS, clock),
                users.allowAll,
                clock);
    }

    /** A device of the user, enabled with two consecutive codes. */
    public CreatedMfaDevice enabledDevice(String userId) {
        CreatedMfaDevice created = service.create(users.rootCaller, userId, "device-" + userId);
        service.enable(users.rootCaller, userId, created.serialNumber(), code(created, -30), code(created, 0));
        return created;
    }

    /** The code the device shows {@code seconds} from now. */
    public String code(CreatedMfaDevice device, long seconds) {
        return TotpCodes.at(Objects.requireNonNull(device.base32Seed()), now.plusSeconds(seconds));
    }
}
