package org.iamemulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.iamemulator.IamEmulatorApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Started as {@code java -jar} starts it: only this host can connect, and nothing is said; told to listen on every
 * interface with the development credentials, it answers there and says so in one WARN block.
 */
@ExtendWith(OutputCaptureExtension.class)
class SafeDefaultsIT {

    private static final String BLOCK = "other hosts can reach it";

    @Test
    void byDefaultOnlyThisHostCanConnectAndNothingIsWarned(CapturedOutput output) throws IOException {
        InetAddress external = externalAddress().orElse(null);
        try (ConfigurableApplicationContext app = start()) {
            int port = portOf(app);

            assertThat(connects(InetAddress.getLoopbackAddress(), port)).isTrue();
            assumeThat(external).as("a non-loopback address of this host").isNotNull();
            assertThatThrownBy(() -> connects(external, port)).isInstanceOf(IOException.class);
        }
        assertThat(output.getAll()).doesNotContain(BLOCK);
    }

    @Test
    void onEveryInterfaceWithTheDevelopmentCredentialsItSaysSoOnce(CapturedOutput output) throws IOException {
        InetAddress external = externalAddress().orElse(null);
        try (ConfigurableApplicationContext app = start("--server.address=0.0.0.0")) {
            int port = portOf(app);
            if (external != null) {
                assertThat(connects(external, port)).isTrue();
            }
        }
        String log = output.getAll();
        assertThat(log.split(BLOCK, -1)).as("WARN blocks").hasSize(2);
        assertThat(log)
                .contains("WARN")
                .contains("emulator.root.secret-key", "emulator.root.password", "emulator.control.token");
    }

    private static ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--spring.jmx.enabled=false";
        System.arraycopy(extra, 0, args, 2, extra.length);
        return new SpringApplicationBuilder(IamEmulatorApplication.class).run(args);
    }

    private static int portOf(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static boolean connects(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        }
    }

    private static Optional<InetAddress> externalAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(SafeDefaultsIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address
                        && !address.isLoopbackAddress()
                        && !address.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
