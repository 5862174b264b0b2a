package org.iamemulator.core.authz;

import java.util.Map;

/** The resource an operation acts on, as the permission check sees it: its URN and its tags. */
public record ProtectedResource(String urn, Map<String, String> tags, boolean rootUser) {

    public ProtectedResource {
        tags = Map.copyOf(tags);
    }
}
