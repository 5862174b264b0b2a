package org.iamemulator.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.iamemulator.huawei.signing.SdkAuthorization;
import org.iamemulator.huawei.signing.SdkSignatureVerifier;
import org.iamemulator.huawei.signing.SdkSigner;
import org.iamemulator.huawei.signing.SignedRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Verifying an SDK-HMAC-SHA256 signature of a ShowUserV5 request, and of a POST with a JSON body. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignatureBenchmark {

    private static final String AK = "EMULATORROOTKEY00001";
    private static final String SK = "EmulatorRootSecretKey0000000000000000000";
    private static final String DATE = "20260101T120000Z";

    private SdkSignatureVerifier verifier;
    private SignedRequest get;
    private SdkAuthorization getAuthorization;
    private SignedRequest post;
    private SdkAuthorization postAuthorization;

    @Setup
    public void sign() {
        verifier = new SdkSignatureVerifier(
                Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC), Duration.ofMinutes(15));
        get = request("GET", "/v5/users/0123456789abcdef0123456789abcdef", null, new byte[0]);
        getAuthorization = SdkAuthorization.parse(
                SdkSigner.sign(get, AK, SK, List.of("host", "x-sdk-date", "content-type"), DATE));
        byte[] body = "{\"name\":\"dave\",\"description\":\"QA\",\"enabled\":true}".getBytes();
        post = request("POST", "/v5/users", "limit=10&marker=abc", body);
        postAuthorization = SdkAuthorization.parse(
                SdkSigner.sign(post, AK, SK, List.of("host", "x-sdk-date", "content-type"), DATE));
    }

    private static SignedRequest request(String method, String path, String query, byte[] body) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Host", "127.0.0.1:8080");
        headers.put("X-Sdk-Date", DATE);
        headers.put("Content-Type", "application/json");
        return SignedRequest.of(method, path, query, headers, body);
    }

    @Benchmark
    public void verifyGet() {
        verifier.verify(get, getAuthorization, SK);
    }

    @Benchmark
    public void verifyPostWithBody() {
        verifier.verify(post, postAuthorization, SK);
    }

    @Benchmark
    public SdkAuthorization parseAuthorizationHeader() {
        return SdkAuthorization.parse(SdkSigner.sign(get, AK, SK, List.of("host", "x-sdk-date", "content-type"), DATE));
    }
}
