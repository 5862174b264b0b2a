package org.iamemulator.core.catalog;

import java.util.List;

/**
 * An action that identity policies name. {@code permissionOnly}: no API operation performs it, it only grants a
 * capability another action uses (e.g. {@code sts::tagSession}). {@code conditionKeys}: keys that apply whatever
 * the resource.
 */
public record CatalogAction(
        String name,
        AccessLevel accessLevel,
        boolean permissionOnly,
        Text description,
        List<ActionResource> resources,
        List<String> conditionKeys) {

    /** The service segment of the name ({@code iam} of {@code iam:users:getUserV5}). */
    public String service() {
        return name.substring(0, name.indexOf(':'));
    }
}
