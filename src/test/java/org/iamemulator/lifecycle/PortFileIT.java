package org.iamemulator.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iamemulator.IamEmulatorApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A parent that starts the emulator on port 0 learns the port from the file, once the emulator is ready. */
class PortFileIT {

    @TempDir
    Path dir;

    @Test
    void theReadyEmulatorWritesItsPortAndNothingElse() throws Exception {
        Path portFile = dir.resolve("run/emulator.port");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IamEmulatorApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--emulator.lifecycle.port-file=" + portFile)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            assertThat(portFile).hasContent(String.valueOf(port));
            try (var files = Files.list(portFile.getParent())) {
                assertThat(files).containsExactly(portFile);
            }
        }
    }
}
