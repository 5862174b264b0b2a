package org.iamemulator.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.iamemulator.support.HuaweiHandlers;
import org.junit.jupiter.api.Test;

/**
 * The catalog and the Huawei handlers agree: every handled v5 operation is catalogued (so the journal and the OpenAPI
 * descriptions can name it), and the README's coverage table is what they generate together.
 */
class CatalogCoverageTest {

    private final Set<String> handled = HuaweiHandlers.v5OperationIds();

    @Test
    void everyHandledOperationIsInTheCatalog() {
        Set<String> catalogued = AuthorizationCatalog.operations().stream()
                .map(CatalogOperation::operationId)
                .collect(Collectors.toSet());

        assertThat(handled).as("handlers whose operationId the catalog lacks").isSubsetOf(catalogued);
        assertThat(handled)
                .contains("ShowUserV5", "DecodeAuthorizationMessage", "GetAuthorizationSchemaV5", "ShowGroupSummary");
    }

    @Test
    void everyAreaThatIsNotCompleteSaysWhy() {
        Set<CatalogOperation.Area> incomplete = AuthorizationCatalog.operations().stream()
                .filter(operation -> !handled.contains(operation.operationId()))
                .map(CatalogOperation::area)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(incomplete)
                .allSatisfy(area -> assertThat(area.notEmulatedReason())
                        .as("%s has operations without a handler: give it a reason, or add the handlers", area)
                        .isNotNull());
    }

    @Test
    void theReadmeCoverageTableIsGeneratedFromTheCatalogAndTheHandlers() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = CoverageTable.markdown(handled);

        assertThat(readme)
                .as("README.md must contain this table under Coverage:%n%s", table)
                .contains(table);
    }
}
