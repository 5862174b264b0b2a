package org.iamemulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.iamemulator.config.Settings;
import org.junit.jupiter.api.Test;

class HelpTextTest {

    @Test
    void listsEveryEmulatorPropertyWhenAsked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        boolean printed = HelpText.printIfAsked(
                new String[] {"--server.port=1", "--help"}, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(printed).isTrue();
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help)
                .startsWith("IAM emulator")
                .contains(Settings.helpText())
                .contains("--probe")
                .doesNotContain("{settings}");
        assertThat(Settings.all()).allSatisfy(setting -> assertThat(help).contains("--" + setting.property()));
    }

    @Test
    void staysSilentOtherwise() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(HelpText.printIfAsked(new String[] {"--server.port=1"}, new PrintStream(out)))
                .isFalse();
        assertThat(out.size()).isZero();
    }
}
