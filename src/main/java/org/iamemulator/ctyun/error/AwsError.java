package org.iamemulator.ctyun.error;

import org.iamemulator.web.WireError;
import org.springframework.http.HttpStatus;

/**
 * The AWS IAM Query error codes the CTyun dialect answers, with their HTTP status codes (numbers, as the AWS error
 * reference lists them) and default messages.
 */
public enum AwsError implements WireError {
    MISSING_AUTHENTICATION_TOKEN(403, "MissingAuthenticationToken", "Request is missing Authentication Token"),
    INCOMPLETE_SIGNATURE(400, "IncompleteSignature", "The request signature does not conform to AWS standards."),
    INVALID_CLIENT_TOKEN_ID(403, "InvalidClientTokenId", "The security token included in the request is invalid."),
    SIGNATURE_DOES_NOT_MATCH(
            403,
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
                    + "Access Key and signing method. Consult the service documentation for details."),
    ACCESS_DENIED(403, "AccessDenied", "Access Denied"),
    MISSING_ACTION(400, "MissingAction", "Missing Action"),
    INVALID_ACTION(400, "InvalidAction", "Could not find operation %s for version %s."),
    VALIDATION_ERROR(400, "ValidationError", "%s"),
    NO_SUCH_ENTITY(404, "NoSuchEntity", "The user with name %s cannot be found."),
    REQUEST_TOO_LARGE(400, "ValidationError", "The request body exceeds %d bytes."),
    THROTTLING(400, "Throttling", "Rate exceeded"),
    SERVICE_UNAVAILABLE(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server."),
    SERVICE_FAILURE(
            500,
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

    AwsError(int status, String code, String message) {
        this.definition = new Definition(HttpStatus.valueOf(status), code, message);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
