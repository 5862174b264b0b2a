package org.iamemulator.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table is {@link Settings#markdownTable()}: no setting is missing or out of date. */
class ReadmeConfigurationTest {

    @Test
    void theReadmeTableListsEverySettingAsTheCodeDefinesIt() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = Settings.markdownTable();

        assertThat(readme)
                .as("README.md must contain this table under Configuration:%n%s", table)
                .contains(table);
    }
}
