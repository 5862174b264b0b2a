package org.iamemulator.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ims20190815.models.GetLoginProfileRequest;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.AccessKey;
import com.huaweicloud.sdk.iam.v5.model.AttachUserPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.AttachUserPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateLoginProfileReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateLoginProfileV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.DeleteAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.DeleteResourceTagsV5Request;
import com.huaweicloud.sdk.iam.v5.model.DetachUserPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.DetachUserPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.Tag;
import com.huaweicloud.sdk.iam.v5.model.TagResourceV5Request;
import com.huaweicloud.sdk.iam.v5.model.Tags;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.iamemulator.IamEmulatorApplication;
import org.iamemulator.journal.RequestJournal;
import org.iamemulator.support.AliyunSdk;
import org.iamemulator.support.AwsSdk;
import org.iamemulator.support.HuaweiSdk;
import org.iamemulator.support.RestoreLogLevels;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bounded soak: concurrent clients mix reads, writes, tag changes, policy attach/detach, key rotation, recorded
 * logins and the Alibaba and AWS dialects for {@code soak.seconds} (default 15; the long form runs minutes). Each
 * client owns a user, its key and its policy, so that the right answer to every request is known: any other answer
 * is an unexpected error. Afterwards every acknowledged user is read back, the journal is within its bound, no
 * thread is deadlocked and the heap after GC has not grown.
 */
@ExtendWith(RestoreLogLevels.class)
abstract class Soak {

    static final String ROOT_AK = "EMULATORROOTKEY00001";
    static final String ROOT_SK = "EmulatorRootSecretKey0000000000000000000";
    static final String ACCOUNT_ID = "e2a7c4b8d1f0496a8b3c5d7e9f1a2b4c";
    static final int JOURNAL_BOUND = 1_000;
    /**
     * What the heap after GC may grow by: while the caches (ours, Hibernate's, H2's pages) fill to their bounds over
     * the whole run, and once they are full, over its second half.
     */
    static final long HEAP_GROWTH_LIMIT = 96L << 20;

    static final long HEAP_GROWTH_LIMIT_SECOND_HALF = 32L << 20;

    private final Duration duration = Duration.ofSeconds(Long.getLong("soak.seconds", 15));
    private final int clientCount = Integer.getInteger("soak.clients", 8);

    private String baseUri;
    private int port;
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();
    private final HttpClient control = HttpClient.newHttpClient();

    /** The store's properties, as command-line arguments. */
    abstract List<String> storeArguments();

    abstract String storeName();

    void run() throws Exception {
        List<String> args = new ArrayList<>(storeArguments());
        args.add("--server.port=0");
        args.add("--server.address=127.0.0.1");
        args.add("--emulator.journal.max-entries=" + JOURNAL_BOUND);
        args.add("--emulator.cache.maximum-size=200"); // far fewer than the users created: eviction is exercised
        args.add("--logging.level.org.iamemulator=WARN");
        args.add("--logging.level.HuaweiCloud-SDK-Access=WARN"); // the SDK logs every call at INFO
        try (ConfigurableApplicationContext app =
                new SpringApplicationBuilder(IamEmulatorApplication.class).run(args.toArray(String[]::new))) {
            port = ((WebServerApplicationContext) app).getWebServer().getPort();
            baseUri = "http://127.0.0.1:" + port;
            soak(app.getBean(RequestJournal.class));
        }
    }

    private void soak(RequestJournal journal) throws Exception {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            clients.add(new Client(i));
        }
        List<String> pool = clients.stream().map(client -> client.userId).toList();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clientCount);
        long started = System.nanoTime();
        for (Client client : clients) {
            threads.submit(() -> {
                try {
                    while (System.nanoTime() < deadline && unexpected.size() < 20) {
                        client.step(pool);
                    }
                } catch (RuntimeException | Error e) {
                    unexpected.add(client.name + ": " + e);
                }
            });
        }
        List<Long> heap = new ArrayList<>();
        long sampleEvery = Math.max(1, duration.toMillis() / 6);
        while (System.nanoTime() < deadline) {
            Thread.sleep(
                    Math.min(sampleEvery, Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))));
            heap.add(heapAfterGc(memory));
        }
        threads.shutdown();
        boolean finished = threads.awaitTermination(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();

        IamClient root = sdk(ROOT_AK, ROOT_SK);
        for (String userId : acknowledged) {
            try {
                root.showUserV5(new ShowUserV5Request().withUserId(userId));
            } catch (RuntimeException e) {
                unexpected.add("acknowledged user " + userId + " does not read back: " + e);
            }
        }
        heap.add(heapAfterGc(memory));
        long growth = heap.get(heap.size() - 1) - heap.get(0);
        long middle = heap.get(heap.size() / 2);
        long secondHalfGrowth = heap.subList(heap.size() / 2, heap.size()).stream()
                        .mapToLong(Long::longValue)
                        .max()
                        .orElse(middle)
                - middle;
        System.out.printf(
                "soak %s: %d clients, %d requests in %.1f s (%.0f req/s), %d unexpected, %d users created "
                        + "and read back, journal %d/%d, heap after GC (MiB) %s%n",
                storeName(),
                clientCount,
                requests.get(),
                seconds,
                requests.get() / seconds,
                unexpected.size(),
                acknowledged.size(),
                journal.size(),
                JOURNAL_BOUND,
                heap.stream().map(bytes -> bytes >> 20).toList());

        assertThat(finished).as("every client finished (no hang, no deadlock)").isTrue();
        assertThat(deadlocked).as("deadlocked threads").isNull();
        assertThat(unexpected).as("unexpected answers").isEmpty();
        assertThat(acknowledged).as("users created").isNotEmpty();
        assertThat(journal.size()).as("journal entries").isLessThanOrEqualTo(JOURNAL_BOUND);
        assertThat(growth).as("heap growth after GC, bytes").isLessThan(HEAP_GROWTH_LIMIT);
        assertThat(secondHalfGrowth)
                .as("heap growth after GC in the second half, bytes")
                .isLessThan(HEAP_GROWTH_LIMIT_SECOND_HALF);
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private IamClient sdk(String accessKey, String secretKey) {
        return HuaweiSdk.iamClient(baseUri, accessKey, secretKey, ACCOUNT_ID);
    }

    /**
     * One simulated client: a user of its own whose state (key, tag, policy, logins) only it changes, and the
     * official SDK clients of the three dialects.
     */
    private final class Client {

        private final String name;
        private final IamClient root = sdk(ROOT_AK, ROOT_SK);
        private final String userId;
        private final String policyId;
        private String accessKey;
        private IamClient own;
        private boolean attached = true;
        private boolean tagged = true;
        private Instant lastLogin;
        private final com.aliyun.ims20190815.Client aliyun = AliyunSdk.ims("127.0.0.1:" + port, ROOT_AK, ROOT_SK);
        private final software.amazon.awssdk.services.iam.IamClient aws = AwsSdk.iam(baseUri, ROOT_AK, ROOT_SK);
        private int created;

        Client(int index) {
            name = "soak-" + index + "-" + System.nanoTime() % 100_000;
            userId = root.createUserV5(new CreateUserV5Request()
                            .withBody(new CreateUserReqBody().withName(name).withEnabled(true)))
                    .getUser()
                    .getUserId();
            root.createLoginProfileV5(new CreateLoginProfileV5Request()
                    .withUserId(userId)
                    .withBody(new CreateLoginProfileReqBody()
                            .withPassword("Soak-Passw0rd")
                            .withPasswordResetRequired(false)));
            String document = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                    + "[\"iam:users:getUserV5\"],\"Condition\":{\"StringEquals\":{\"g:ResourceTag/soak\":[\"on\"]}}}]}";
            policyId = root.createPolicyV5(new CreatePolicyV5Request()
                            .withBody(new CreatePolicyReqBody()
                                    .withPolicyName(name)
                                    .withPolicyDocument(document)))
                    .getPolicy()
                    .getPolicyId();
            attach(true);
            tag(true);
            AccessKey key = root.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(userId))
                    .getAccessKey();
            accessKey = key.getAccessKeyId();
            own = sdk(accessKey, key.getSecretAccessKey());
        }

        void step(List<String> pool) {
            requests.incrementAndGet();
            int dice = ThreadLocalRandom.current().nextInt(100);
            try {
                if (dice < 25) {
                    readSelf(own);
                } else if (dice < 40) {
                    String other = pool.get(ThreadLocalRandom.current().nextInt(pool.size()));
                    same(
                            "ShowUserV5 of another client's user",
                            other,
                            root.showUserV5(new ShowUserV5Request().withUserId(other))
                                    .getUser()
                                    .getUserId());
                } else if (dice < 50) {
                    acknowledged.add(root.createUserV5(new CreateUserV5Request()
                                    .withBody(new CreateUserReqBody()
                                            .withName(name + "-u" + created++)
                                            .withEnabled(true)))
                            .getUser()
                            .getUserId());
                } else if (dice < 60) {
                    tag(!tagged);
                    readSelf(own);
                } else if (dice < 70) {
                    attach(!attached);
                    readSelf(own);
                } else if (dice < 75) {
                    rotateKey();
                } else if (dice < 85) {
                    recordLogin();
                } else if (dice < 93) {
                    same(
                            "AWS GetUser",
                            userId,
                            aws.getUser(b -> b.userName(name)).user().userId());
                } else {
                    String upn = aliyun.getLoginProfile(
                                    new GetLoginProfileRequest().setUserPrincipalName(name + "@emulator.onaliyun.com"))
                            .getBody()
                            .getLoginProfile()
                            .getUserPrincipalName();
                    same("Alibaba GetLoginProfile", name, upn.substring(0, upn.indexOf('@')));
                }
            } catch (Exception e) {
                unexpected.add(name + " (step " + dice + "): " + e);
            }
        }

        /** Allowed only while the policy is attached and the tag its condition asks for is there. */
        private void readSelf(IamClient client) {
            if (attached && tagged) {
                same(
                        "ShowUserV5 by its own key",
                        userId,
                        client.showUserV5(new ShowUserV5Request().withUserId(userId))
                                .getUser()
                                .getUserId());
            } else {
                refused(
                        "ShowUserV5 by its own key without the grant",
                        403,
                        "PAP5.0001",
                        () -> client.showUserV5(new ShowUserV5Request().withUserId(userId)));
            }
        }

        private void tag(boolean on) {
            if (on) {
                root.tagResourceV5(new TagResourceV5Request()
                        .withResourceType(TagResourceV5Request.ResourceTypeEnum.USER)
                        .withResourceId(userId)
                        .withBody(new Tags()
                                .withTags(List.of(new Tag().withTagKey("soak").withTagValue("on")))));
            } else {
                root.deleteResourceTagsV5(new DeleteResourceTagsV5Request()
                        .withResourceType(DeleteResourceTagsV5Request.ResourceTypeEnum.USER)
                        .withResourceId(userId)
                        .withBody(List.of("soak")));
            }
            tagged = on;
        }

        private void attach(boolean on) {
            if (on) {
                root.attachUserPolicyV5(new AttachUserPolicyV5Request()
                        .withPolicyId(policyId)
                        .withBody(new AttachUserPolicyReqBody().withUserId(userId)));
            } else {
                root.detachUserPolicyV5(new DetachUserPolicyV5Request()
                        .withPolicyId(policyId)
                        .withBody(new DetachUserPolicyReqBody().withUserId(userId)));
            }
            attached = on;
        }

        /** A new key works at once; the old one, deleted, is refused at once. */
        private void rotateKey() {
            AccessKey fresh = root.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(userId))
                    .getAccessKey();
            IamClient next = sdk(fresh.getAccessKeyId(), fresh.getSecretAccessKey());
            readSelf(next);
            root.deleteAccessKeyV5(
                    new DeleteAccessKeyV5Request().withUserId(userId).withAccessKeyId(accessKey));
            refused(
                    "ShowUserV5 by a deleted key",
                    401,
                    "APIGW.0301",
                    () -> own.showUserV5(new ShowUserV5Request().withUserId(userId)));
            accessKey = fresh.getAccessKeyId();
            own = next;
        }

        /** Logins recorded at random past times: ShowUserLastLoginV5 reports the latest of them. */
        private void recordLogin() throws Exception {
            Instant at = Instant.now()
                    .minus(ThreadLocalRandom.current().nextInt(1, 100_000), ChronoUnit.SECONDS)
                    .truncatedTo(ChronoUnit.MILLIS);
            HttpResponse<String> recorded = control.send(
                    HttpRequest.newBuilder(URI.create(baseUri + "/_emulator/users/" + userId + "/logins"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"at\":\"" + at + "\",\"source_ip\":\"192.0.2.1\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (recorded.statusCode() != 201) {
                unexpected.add(name + ": recording a login answered " + recorded.statusCode() + " " + recorded.body());
                return;
            }
            lastLogin = lastLogin == null || at.isAfter(lastLogin) ? at : lastLogin;
            same(
                    "ShowUserLastLoginV5",
                    lastLogin.toString(),
                    root.showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(userId))
                            .getUserLastLogin()
                            .getLastLoginAt()
                            .toInstant()
                            .toString());
        }

        private void same(String what, String expected, String actual) {
            if (!expected.equals(actual)) {
                unexpected.add(name + ": " + what + " read " + actual + ", expected " + expected);
            }
        }

        private void refused(String what, int status, String code, Runnable call) {
            try {
                call.run();
                unexpected.add(name + ": " + what + " was allowed");
            } catch (ClientRequestException e) {
                if (e.getHttpStatusCode() != status || !code.equals(e.getErrorCode())) {
                    unexpected.add(name + ": " + what + " answered " + e.getHttpStatusCode() + " " + e.getErrorCode());
                }
            }
        }
    }
}
