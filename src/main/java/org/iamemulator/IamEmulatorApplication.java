package org.iamemulator;

import org.iamemulator.cli.HealthProbe;
import org.iamemulator.cli.HelpText;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IamEmulatorApplication {

    public static void main(String[] args) {
        if (HelpText.printIfAsked(args, System.out)) {
            return;
        }
        if (HealthProbe.isAsked(args)) {
            System.exit(HealthProbe.run(args, System.getenv(), System.err));
        }
        SpringApplication.run(IamEmulatorApplication.class, args);
    }
}
