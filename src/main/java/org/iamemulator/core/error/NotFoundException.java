package org.iamemulator.core.error;

/** The addressed entity does not exist (or belongs to another account, which must look the same). */
public final class NotFoundException extends ApiException {

    private final String entityType;
    private final String entityId;

    public NotFoundException(String entityType, String entityId) {
        super("Could not find " + entityType + ": " + entityId);
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }
}
