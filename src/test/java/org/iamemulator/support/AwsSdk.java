package org.iamemulator.support;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;

/** The AWS SDK for Java v2 IAM client, configured as the README tells users to point it at the emulator (CTyun). */
public final class AwsSdk {

    private AwsSdk() {}

    public static IamClient iam(String endpoint, String accessKeyId, String secret) {
        return builder(endpoint, accessKeyId, secret).build();
    }

    /**
     * The same client without the SDK's retries, for tests that count requests or look at one answer: it retries
     * throttling, 5xx and even {@code SignatureDoesNotMatch} (as a possible clock skew) by default.
     */
    public static IamClient iamWithoutRetries(String endpoint, String accessKeyId, String secret) {
        return builder(endpoint, accessKeyId, secret)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    private static IamClientBuilder builder(String endpoint, String accessKeyId, String secret) {
        return IamClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)))
                .httpClient(UrlConnectionHttpClient.create());
    }
}
