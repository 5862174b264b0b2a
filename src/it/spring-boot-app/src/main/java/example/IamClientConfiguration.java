package example;

import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iam.v5.IamClient;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IamClientConfiguration {

    @Bean
    IamClient iamClient(
            @Value("${iam.endpoint}") String endpoint,
            @Value("${iam.account-id}") String accountId,
            @Value("${iam.access-key}") String accessKey,
            @Value("${iam.secret-key}") String secretKey) {
        return IamClient.newBuilder()
                .withCredential(new GlobalCredentials()
                        .withAk(accessKey)
                        .withSk(secretKey)
                        .withDomainId(accountId))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig())
                .withEndpoints(List.of(endpoint))
                .build();
    }
}
