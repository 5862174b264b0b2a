package org.iamemulator.core.catalog;

import java.util.Set;

/** The README's coverage table: every operation of the catalog, emulated or not and why. */
final class CoverageTable {

    private CoverageTable() {}

    static String markdown(Set<String> emulated) {
        StringBuilder table = new StringBuilder()
                .append("| Area | Operation | Action (access level) | SDKs | Emulated |\n")
                .append("|---|---|---|---|---|\n");
        long count = 0;
        for (CatalogOperation operation : AuthorizationCatalog.operations()) {
            boolean served = emulated.contains(operation.operationId());
            count += served ? 1 : 0;
            table.append("| ")
                    .append(operation.area().label())
                    .append(" | ")
                    .append(operation.operationId())
                    .append(" | ")
                    .append(action(operation))
                    .append(" | ")
                    .append(operation.sdks().label())
                    .append(" | ")
                    .append(served ? "yes" : "no: " + reason(operation))
                    .append(" |\n");
        }
        return table.append("\n")
                .append(count)
                .append(" of ")
                .append(AuthorizationCatalog.operations().size())
                .append(" operations emulated.\n")
                .toString();
    }

    private static String action(CatalogOperation operation) {
        if (operation.action() == null) {
            return "none needed";
        }
        String level = AuthorizationCatalog.action(operation.action())
                .orElseThrow()
                .accessLevel()
                .wireName();
        return "`" + operation.action() + "` (" + level + ")";
    }

    private static String reason(CatalogOperation operation) {
        String reason = operation.area().notEmulatedReason();
        return reason == null ? "not emulated yet" : reason;
    }
}
