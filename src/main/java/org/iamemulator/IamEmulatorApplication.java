package org.iamemulator;

import org.iamemulator.cli.HealthProbe;
import org.iamemulator.cli.HelpText;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IamEmulatorApplication {

    private static final String AOT_ENABLED = "spring.aot.enabled";
    private static final String AOT_INITIALIZER = "IamEmulatorApplication__ApplicationContextInitializer.class";

    public static void main(String[] args) {
        if (HelpText.printIfAsked(args, System.out)) {
            return;
        }
        if (HealthProbe.isAsked(args)) {
            System.exit(HealthProbe.run(args, System.getenv(), System.err));
        }
        if (Boolean.getBoolean(AOT_ENABLED) && IamEmulatorApplication.class.getResource(AOT_INITIALIZER) == null) {
            // the recommended options (META-INF/iam-emulator/jvm-options.properties) ask for Spring AOT: a jar
            // built without it (-Daot.skip=true) starts the ordinary way instead of failing
            System.setProperty(AOT_ENABLED, "false");
        }
        SpringApplication.run(IamEmulatorApplication.class, args);
    }
}
