package org.iamemulator.junit5;

import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iam.v5.IamClient;
import java.time.Instant;
import java.util.List;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.core.user.UserProvisioning;
import org.iamemulator.fault.FaultInjector;
import org.iamemulator.journal.RequestJournal;
import org.iamemulator.seed.EmulatorState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A running emulator, as a test sees it: where it listens, the root credentials, and handles on its state. */
public final class IamEmulator {

    private final ConfigurableApplicationContext context;
    private final EmulatorProperties properties;

    IamEmulator(ConfigurableApplicationContext context) {
        this.context = context;
        this.properties = context.getBean(EmulatorProperties.class);
    }

    /** {@code http://127.0.0.1:<port>}: the endpoint for every SDK and dialect. */
    public String endpoint() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String accountId() {
        return properties.accountId();
    }

    public String accountName() {
        return properties.accountName();
    }

    public String rootAccessKey() {
        return properties.root().accessKey();
    }

    public String rootSecretKey() {
        return properties.root().secretKey();
    }

    /** The official Huawei Cloud SDK's v5 IAM client, signed with the root access key. */
    public IamClient iamClient() {
        return iamClient(rootAccessKey(), rootSecretKey());
    }

    /** The official SDK's client signed with another key pair (an IAM user's). */
    public IamClient iamClient(String accessKey, String secretKey) {
        return IamClient.newBuilder()
                .withCredential(new GlobalCredentials().withAk(accessKey).withSk(secretKey).withDomainId(accountId()))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig())
                .withEndpoints(List.of(endpoint()))
                .build();
    }

    /** Records a login of the user at any time, past included: ShowUserLastLoginV5 reports the latest. */
    public void recordLogin(String userId, Instant at, String sourceIp) {
        context.getBean(UserProvisioning.class).recordLogin(userId, at, sourceIp);
    }

    /** Everything back to the seed state; the journal and fault rules are emptied too. */
    public void reset() {
        context.getBean(EmulatorState.class).reset(null);
        context.getBean(RequestJournal.class).clear();
        context.getBean(FaultInjector.class).clear();
    }

    void stop() {
        context.close();
    }
}
