package org.iamemulator.core.error;

/** The change would break a uniqueness rule or the current state of the entity. */
public final class ConflictException extends ApiException {

    private final String entityType;
    private final String details;

    public ConflictException(String entityType, String details) {
        super(entityType + ": " + details);
        this.entityType = entityType;
        this.details = details;
    }

    public String entityType() {
        return entityType;
    }

    public String details() {
        return details;
    }
}
