package org.iamemulator.support;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;

/** The AWS SDK for Java v2 IAM client, configured as the README tells users to point it at the emulator (CTyun). */
public final class AwsSdk {

    private AwsSdk() {
    }

    public static IamClient iam(String endpoint, String accessKeyId, String secret) {
        return IamClient.builder().endpointOverride(URI.create(endpoint)).region(Region.AWS_GLOBAL)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
