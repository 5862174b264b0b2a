package org.iamemulator.core.catalog;

import java.util.List;

/** One service's authorization schema: what GetAuthorizationSchemaV5 answers for its code. */
public record ServiceCatalog(
        String code,
        String version,
        List<CatalogAction> actions,
        List<ResourceType> resources,
        List<ConditionKey> conditions,
        List<CatalogOperation> operations) {}
