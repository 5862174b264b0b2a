package org.iamemulator.junit5;

import com.huaweicloud.sdk.iam.v5.IamClient;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * A running emulator, as a test sees it: where it listens, the default account's root credentials, and its control
 * API. Shared by every test class of the JVM that asks for the same configuration, so {@link #reset()} affects them
 * all; test classes that run in parallel each take an account of their own with {@link #newAccount()}.
 */
public final class IamEmulator {

    private final URI endpoint;
    private final ControlClient control;
    private final IamAccount account;

    IamEmulator(URI endpoint, ControlClient control, IamAccount account) {
        this.endpoint = endpoint;
        this.control = control;
        this.account = account;
    }

    /** {@code http://127.0.0.1:<port>}: the endpoint for every SDK and dialect. */
    public String endpoint() {
        return endpoint.toString();
    }

    public int port() {
        return endpoint.getPort();
    }

    /** The default account's id (32 lower-case hex). */
    public String accountId() {
        return account.accountId();
    }

    public String accountName() {
        return account.accountName();
    }

    public String rootAccessKey() {
        return account.rootAccessKey();
    }

    public String rootSecretKey() {
        return account.rootSecretKey();
    }

    /** The default account with its root credentials. */
    public IamAccount defaultAccount() {
        return account;
    }

    /** The official Huawei Cloud SDK's v5 IAM client, signed with the default account's root access key. */
    public IamClient iamClient() {
        return account.iamClient();
    }

    /** The official SDK's client signed with another key pair (an IAM user's of the default account). */
    public IamClient iamClient(String accessKey, String secretKey) {
        return account.iamClient(accessKey, secretKey);
    }

    /**
     * A new account, seeded like the default one, with its own root keys: what a test class running in parallel
     * with others works in, so that none sees or resets another's users.
     */
    public IamAccount newAccount() {
        Map<String, String> answer = control.newAccount();
        return IamAccount.of(endpoint(), answer, answer.get("root_secret_key"));
    }

    /** Records a login of the user at any time, past included: ShowUserLastLoginV5 reports the latest. */
    public void recordLogin(String userId, Instant at, String sourceIp) {
        control.recordLogin(userId, at, sourceIp);
    }

    /**
     * The default and seeded accounts back to the seed state (accounts from {@link #newAccount()} are left alone: the
     * test class that made one keeps it); the request journal and the fault rules are emptied too. It affects every
     * test class sharing this emulator.
     */
    public void reset() {
        control.reset();
    }

    Overhead overhead() {
        return control.overhead();
    }
}
