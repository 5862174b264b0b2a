package org.iamemulator.ctyun.error;

import org.iamemulator.web.WireError;
import org.springframework.http.HttpStatus;

/** The AWS IAM Query error codes the CTyun dialect answers, with their HTTP statuses and default messages. */
public enum AwsError implements WireError {
    MISSING_AUTHENTICATION_TOKEN(
            HttpStatus.FORBIDDEN, "MissingAuthenticationToken", "Request is missing Authentication Token"),
    INCOMPLETE_SIGNATURE(
            HttpStatus.BAD_REQUEST, "IncompleteSignature", "The request signature does not conform to AWS standards."),
    INVALID_CLIENT_TOKEN_ID(
            HttpStatus.FORBIDDEN, "InvalidClientTokenId", "The security token included in the request is invalid."),
    SIGNATURE_DOES_NOT_MATCH(
            HttpStatus.FORBIDDEN,
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
                    + "Access Key and signing method. Consult the service documentation for details."),
    ACCESS_DENIED(HttpStatus.FORBIDDEN, "AccessDenied", "Access Denied"),
    MISSING_ACTION(HttpStatus.BAD_REQUEST, "MissingAction", "Missing Action"),
    INVALID_ACTION(HttpStatus.BAD_REQUEST, "InvalidAction", "Could not find operation %s for version %s."),
    VALIDATION_ERROR(HttpStatus.BAD_REQUEST, "ValidationError", "%s"),
    NO_SUCH_ENTITY(HttpStatus.NOT_FOUND, "NoSuchEntity", "The user with name %s cannot be found."),
    REQUEST_TOO_LARGE(HttpStatus.BAD_REQUEST, "ValidationError", "The request body exceeds %d bytes."),
    THROTTLING(HttpStatus.BAD_REQUEST, "Throttling", "Rate exceeded"),
    SERVICE_UNAVAILABLE(
            HttpStatus.SERVICE_UNAVAILABLE,
            "ServiceUnavailable",
            "The request has failed due to a temporary failure of the server."),
    SERVICE_FAILURE(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "ServiceFailure",
            "The request processing has failed because of an unknown error, exception or failure.");

    /** {@code Sender} for client errors, {@code Receiver} for server faults. */
    public String type() {
        return status().is5xxServerError() ? "Receiver" : "Sender";
    }

    public AwsException failure(Object... arguments) {
        return new AwsException(this, message(arguments));
    }

    public AwsException failureWithMessage(String customMessage) {
        return new AwsException(this, customMessage);
    }

    private final Definition definition;

    AwsError(HttpStatus status, String code, String message) {
        this.definition = new Definition(status, code, message);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
