package org.iamemulator.huawei.error;

import jakarta.servlet.http.HttpServletRequest;
import org.iamemulator.web.IamErrorBody;
import org.iamemulator.web.RequestIdFilter;
import org.iamemulator.web.WireError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The catalogue of every error the Huawei IAM dialect answers with: HTTP status, error_code and the error_msg
 * template. Codes and templates are the real service's (classic {@code IAM.xxxx}, v5 {@code PAP5.xxxx}, API
 * gateway {@code APIGW.xxxx}); docs/errors.md lists them with the cases that produce each.
 */
public enum HuaweiError implements WireError {
    PARAMETER_INVALID(HttpStatus.BAD_REQUEST, "IAM.0007", "Request parameter %s is invalid."),
    BODY_INVALID(HttpStatus.BAD_REQUEST, "IAM.0011", "Request body is invalid."),
    BODY_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "IAM.0011", "Request body is invalid. It exceeds %d bytes."),
    PROPERTY_REQUIRED(HttpStatus.BAD_REQUEST, "IAM.0072", "'%s' is a required property."),
    FIELD_INVALID(HttpStatus.BAD_REQUEST, "IAM.0073", "Invalid input for field '%s'. The value is '%s'."),
    MARKER_INVALID(HttpStatus.BAD_REQUEST, "PAP5.0010", "invalid marker"),
    AUTHENTICATION_FAILED(HttpStatus.UNAUTHORIZED, "APIGW.0301", "Incorrect IAM authentication information: %s"),
    LOGIN_FAILED(HttpStatus.UNAUTHORIZED, "IAM.0001", "The request you have made requires authentication. %s"),
    ACCESS_KEY_INACTIVE(HttpStatus.UNAUTHORIZED, "IAM.1107", "The access key %s is inactive."),
    USER_WITH_KEY_DISABLED(HttpStatus.FORBIDDEN, "IAM.0080", "The user %s with access key %s is disabled."),
    USER_DISABLED(HttpStatus.FORBIDDEN, "IAM.0082", "The user %s is disabled."),
    NOT_AUTHORIZED(HttpStatus.FORBIDDEN, "IAM.0002", "You are not authorized to perform the requested action."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "IAM.0004", "Could not find %s: %s."),
    CONFLICT(HttpStatus.CONFLICT, "IAM.0005", "Conflict occurred when attempting to store %s - %s."),
    QUOTA_EXCEEDED(
            HttpStatus.CONFLICT, "IAM.0005", "Conflict occurred when attempting to store %s - quota exceeded: %s."),
    API_NOT_FOUND(
            HttpStatus.NOT_FOUND, "APIGW.0101", "The API does not exist or has not been published in the environment"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "APIGW.0101", "The API does not support the method %s"),
    // identity policies, tags and authorization (v5 PAP5 codes)
    POLICY_MALFORMED(HttpStatus.BAD_REQUEST, "PAP5.0011", "malformed policy document: %s"),
    PATH_INVALID(HttpStatus.BAD_REQUEST, "PAP5.0030", "invalid path: '%s'. Expected %s."),
    // agencies: the documented codes for a bad name and an agency (or deletion task) not found
    AGENCY_NAME_INVALID(HttpStatus.BAD_REQUEST, "PAP5.0029", "invalid agency name: '%s'. Expected %s."),
    AGENCY_NOT_FOUND(HttpStatus.NOT_FOUND, "PAP5.0012", "%s not found: %s"),
    TAG_DUPLICATE_KEY(HttpStatus.BAD_REQUEST, "PAP5.0033", "duplicate key: %s"),
    TAG_NON_COMPLIANT(HttpStatus.BAD_REQUEST, "PAP5.0036", "tag non-compliant: %s"),
    MFA_SERIAL_INVALID(HttpStatus.BAD_REQUEST, "PAP5.0041", "invalid serial number: '%s'. Expected %s."),
    INVALID_CALLER(HttpStatus.BAD_REQUEST, "PAP5.0040", "invalid caller (caller must be an IAM user): %s"),
    ACCESS_DENIED(HttpStatus.FORBIDDEN, "PAP5.0001", "access denied: %s"),
    // PAP5.0028 is the real code; the real codes of the other quotas are not published (docs/errors.md)
    VERSIONS_PER_POLICY_EXCEEDED(HttpStatus.CONFLICT, "PAP5.0028", "versions per policy limit exceeded (%d)"),
    POLICIES_PER_USER_EXCEEDED(HttpStatus.CONFLICT, "PAP5.0002", "attached policies per user limit exceeded (%d)"),
    POLICIES_PER_GROUP_EXCEEDED(HttpStatus.CONFLICT, "PAP5.0004", "attached policies per group limit exceeded (%d)"),
    GROUPS_PER_USER_EXCEEDED(HttpStatus.CONFLICT, "PAP5.0005", "groups per user limit exceeded (%d)"),
    POLICIES_PER_AGENCY_EXCEEDED(HttpStatus.CONFLICT, "PAP5.0003", "attached policies per agency limit exceeded (%d)"),
    AGENCIES_PER_ACCOUNT_EXCEEDED(HttpStatus.CONFLICT, "PAP5.0006", "agencies per account limit exceeded (%d)"),
    OIDC_PROVIDERS_PER_ACCOUNT_EXCEEDED(
            HttpStatus.CONFLICT, "PAP5.0007", "oidc providers per account limit exceeded (%d)"),
    CLIENT_IDS_PER_OIDC_PROVIDER_EXCEEDED(
            HttpStatus.CONFLICT, "PAP5.0008", "client ids per oidc provider limit exceeded (%d)"),
    SAML_PROVIDERS_PER_ACCOUNT_EXCEEDED(
            HttpStatus.CONFLICT, "PAP5.0009", "saml providers per account limit exceeded (%d)"),
    // account-wide quotas: the classic quota conflict, naming the quota (docs/errors.md)
    ACCOUNT_QUOTA_EXCEEDED(
            HttpStatus.CONFLICT,
            "IAM.0005",
            "Conflict occurred when attempting to store %s - quota exceeded: %s per account limit exceeded (%d)."),
    THROTTLED(
            HttpStatus.TOO_MANY_REQUESTS,
            "IAM.0012",
            "The throttling threshold has been reached. Threshold: %d times per %d seconds"),
    INTERNAL(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "IAM.0006",
            "An unexpected error prevented the server from fulfilling your request."),
    // the real service documents 503 without a code; IAM.0006 is its code for server-side failures
    STORE_UNAVAILABLE(
            HttpStatus.SERVICE_UNAVAILABLE,
            "IAM.0006",
            "The service is temporarily unavailable: its store cannot be reached. Retry later.");

    /** This error with its message of {@code args} and the request's id, as a controller's answer. */
    public ResponseEntity<IamErrorBody> respond(HttpServletRequest request, Object... args) {
        return respondWith(request, message(args));
    }

    /** This error with another message than its template's. */
    public ResponseEntity<IamErrorBody> respondWith(HttpServletRequest request, String message) {
        return ResponseEntity.status(status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new IamErrorBody(code(), message, RequestIdFilter.requestId(request)));
    }

    private final Definition definition;

    HuaweiError(HttpStatus status, String code, String template) {
        this.definition = new Definition(status, code, template);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
