package org.iamemulator.core.error;

/** Creating one more would exceed a documented quota (e.g. two access keys per user). */
public final class QuotaExceededException extends ApiException {

    public QuotaExceededException(String quota) {
        super(quota);
    }
}
