package org.iamemulator.core.catalog;

import java.util.List;

/**
 * An API operation of the official SDKs, named by its OpenAPI operation id ({@code ShowUserV5}), with the action
 * it needs (null: it needs none) and the actions it needs besides for some of its parameters.
 */
public record CatalogOperation(
        String operationId, String service, String action, List<String> dependentActions, Area area, Sdks sdks) {

    /** The SDK releases the coverage table is measured against. */
    public enum Sdks {
        BOTH("Node.js 3.1.172, Java 3.1.192"),
        NODE_ONLY("Node.js 3.1.172 only (withdrawn later)"),
        JAVA_ONLY("Java 3.1.192 only"),
        STS("STS SDKs (sts v1)"),
        NEWER("Java 3.1.201+, Node.js 3.1.200+");

        private final String label;

        Sdks(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The feature an operation belongs to, and why its operations may not be emulated yet. */
    public enum Area {
        USERS("Users", null),
        LOGIN_PROFILES("Login profiles", null),
        ACCESS_KEYS("Access keys", null),
        TAGS("Tags", null),
        POLICIES("Identity policies", null),
        GROUPS("User groups", null),
        AGENCIES("Agencies", null),
        MFA("MFA devices", null),
        SECURITY_POLICIES("Account security policies", null),
        IDENTITY_PROVIDERS("Identity providers", null),
        ACCOUNT("Account information", null),
        CATALOG("Authorization catalog", null),
        STS("STS", null);

        private final String label;
        private final String notEmulatedReason;

        Area(String label, String notEmulatedReason) {
            this.label = label;
            this.notEmulatedReason = notEmulatedReason;
        }

        public String label() {
            return label;
        }

        /** Why an operation of this area has no handler; null for areas that are complete. */
        public String notEmulatedReason() {
            return notEmulatedReason;
        }
    }
}
