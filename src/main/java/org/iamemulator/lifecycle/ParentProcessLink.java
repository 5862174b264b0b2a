package org.iamemulator.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.iamemulator.config.EmulatorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a parent process that runs the emulator as its child needs ({@code emulator.lifecycle.*}): the port the
 * emulator listens on, written to a file once it is ready (so the parent can ask for port 0 and learn the port
 * without parsing logs), and an exit when standard input ends (the parent closed it, or died: a kill -9 runs no
 * shutdown hook in the parent, but the kernel closes the pipe).
 */
@Component
class ParentProcessLink {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessLink.class);

    private final EmulatorProperties.Lifecycle settings;

    ParentProcessLink(EmulatorProperties properties) {
        this.settings = properties.lifecycle();
        if (settings.exitWithStdin()) {
            Thread watcher = new Thread(() -> exitAtEndOf(System.in), "exit-with-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    /** Written to a temporary file and moved into place, so that a reader never sees half a number. */
    @EventListener(ApplicationReadyEvent.class)
    void writePortFile(ApplicationReadyEvent event) {
        Path file = settings.portFile();
        if (file == null) {
            return;
        }
        String port = event.getApplicationContext().getEnvironment().getRequiredProperty("local.server.port");
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path partial = Files.createTempFile(
                    absolute.getParent(), absolute.getFileName().toString(), ".tmp");
            Files.writeString(partial, port, StandardCharsets.US_ASCII);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the port file " + file, e);
        }
    }

    private static void exitAtEndOf(InputStream stdin) {
        try {
            while (stdin.read() >= 0) {
                // the parent sends nothing; whatever it might write is ignored
            }
        } catch (IOException e) {
            // a broken pipe is an end too
        }
        log.info("Standard input closed: the parent process has gone, stopping");
        System.exit(0);
    }
}
