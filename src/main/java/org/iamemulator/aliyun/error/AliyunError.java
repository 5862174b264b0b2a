package org.iamemulator.aliyun.error;

import org.iamemulator.web.WireError;
import org.springframework.http.HttpStatus;

/** The Alibaba Cloud error codes the dialect answers, with their HTTP statuses and (default) messages. */
public enum AliyunError implements WireError {
    MISSING_PARAMETER(HttpStatus.BAD_REQUEST, null, "%s is mandatory for this action."),
    INVALID_PARAMETER_FORMAT(
            HttpStatus.BAD_REQUEST, "InvalidParameter.Format", "Specified parameter Format is not valid."),
    INVALID_UPN_FORMAT(
            HttpStatus.BAD_REQUEST,
            "InvalidParameter.UserPrincipalName.Format",
            "The parameter UserPrincipalName is invalid. Expected <user name>@<account alias or id>.onaliyun.com."),
    INVALID_USER_NAME_LENGTH(
            HttpStatus.BAD_REQUEST,
            "InvalidParameter.UserName.Length",
            "The parameter UserName is beyond the length limit."),
    INVALID_USER_NAME_CHARS(
            HttpStatus.BAD_REQUEST,
            "InvalidParameter.UserName.InvalidChars",
            "The parameter UserName contains invalid chars."),
    INVALID_VERSION(HttpStatus.BAD_REQUEST, "InvalidVersion", "Specified parameter Version is not valid."),
    API_NOT_FOUND(
            HttpStatus.NOT_FOUND,
            "InvalidApi.NotFound",
            "Specified api is not found, please check your url and method."),
    ACCESS_KEY_NOT_FOUND(HttpStatus.NOT_FOUND, "InvalidAccessKeyId.NotFound", "Specified access key is not found."),
    ACCESS_KEY_INACTIVE(HttpStatus.BAD_REQUEST, "InvalidAccessKeyId.Inactive", "Specified access key is disabled."),
    SIGNATURE_MISMATCH(
            HttpStatus.BAD_REQUEST,
            "SignatureDoesNotMatch",
            "Specified signature is not matched with our calculation."),
    INCOMPLETE_SIGNATURE(
            HttpStatus.BAD_REQUEST,
            "IncompleteSignature",
            "The request signature does not conform to Aliyun standards."),
    INVALID_SIGNATURE_METHOD(
            HttpStatus.BAD_REQUEST, "InvalidSignatureMethod", "Specified signature method is not valid."),
    TIMESTAMP_FORMAT(
            HttpStatus.BAD_REQUEST,
            "InvalidTimeStamp.Format",
            "Specified time stamp or date value is not well formatted."),
    TIMESTAMP_EXPIRED(
            HttpStatus.BAD_REQUEST, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired."),
    NONCE_USED(HttpStatus.BAD_REQUEST, "SignatureNonceUsed", "Specified signature nonce was used already."),
    NO_PERMISSION(
            HttpStatus.FORBIDDEN,
            "NoPermission",
            "You are not authorized to do this action. You should be authorized by RAM."),
    USER_NOT_FOUND(HttpStatus.NOT_FOUND, "EntityNotExist.User", "The user does not exist."),
    LOGIN_PROFILE_NOT_FOUND(
            HttpStatus.NOT_FOUND, "EntityNotExist.User.LoginProfile", "The user login profile does not exist."),
    BODY_TOO_LARGE(HttpStatus.BAD_REQUEST, "InvalidParameter", "The request body exceeds %d bytes."),
    THROTTLED(HttpStatus.BAD_REQUEST, "Throttling.User", "Request was denied due to user flow control."),
    SERVICE_UNAVAILABLE(
            HttpStatus.SERVICE_UNAVAILABLE,
            "ServiceUnavailable",
            "The request has failed due to a temporary failure of the server."),
    INTERNAL_ERROR(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "InternalError",
            "The request processing has failed due to some unknown error.");

    /** A failure of this kind with its default message. */
    public AliyunException failure() {
        return new AliyunException(this, code(), message());
    }

    /** A failure of this kind with another message. */
    public AliyunException failure(String customMessage) {
        return new AliyunException(this, code(), customMessage);
    }

    /** {@code Missing<Parameter>}: a mandatory parameter is absent. */
    public static AliyunException missing(String parameter) {
        return new AliyunException(MISSING_PARAMETER, "Missing" + parameter, MISSING_PARAMETER.message(parameter));
    }

    private final Definition definition;

    AliyunError(HttpStatus status, String code, String message) {
        this.definition = new Definition(status, code, message);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
