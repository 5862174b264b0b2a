package example;

import java.util.function.Supplier;
import org.iamemulator.junit5.IamAccount;
import org.iamemulator.junit5.IamEmulatorExtension;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The application's iam.* properties pointing at an account of the emulator, read when the context starts. */
final class EmulatorAccountProperties {

    private EmulatorAccountProperties() {}

    static void defaultAccount(DynamicPropertyRegistry registry, IamEmulatorExtension emulator) {
        register(registry, emulator, () -> emulator.emulator().defaultAccount());
    }

    /** An account of the context's own, created when the context starts. */
    static void newAccount(DynamicPropertyRegistry registry, IamEmulatorExtension emulator) {
        IamAccount[] created = new IamAccount[1];
        register(registry, emulator, () -> {
            synchronized (created) {
                if (created[0] == null) {
                    created[0] = emulator.emulator().newAccount();
                }
                return created[0];
            }
        });
    }

    private static void register(
            DynamicPropertyRegistry registry, IamEmulatorExtension emulator, Supplier<IamAccount> account) {
        registry.add("iam.endpoint", () -> emulator.emulator().endpoint());
        registry.add("iam.account-id", () -> account.get().accountId());
        registry.add("iam.access-key", () -> account.get().rootAccessKey());
        registry.add("iam.secret-key", () -> account.get().rootSecretKey());
    }
}
