package org.iamemulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IamEmulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(IamEmulatorApplication.class, args);
    }
}
