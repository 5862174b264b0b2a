package org.iamemulator.web;

import org.springframework.http.HttpStatus;

/**
 * An entry of a dialect's error catalogue (HuaweiError, AliyunError, AwsError): the HTTP status, the wire code and
 * the message template. The catalogues differ in their entries and in how they render; what an entry is, is shared.
 */
public interface WireError {

    Definition definition();

    default HttpStatus status() {
        return definition().status();
    }

    default String code() {
        return definition().code();
    }

    /** The message: the template with {@code args} filled in. */
    default String message(Object... args) {
        return definition().template().formatted(args);
    }

    record Definition(HttpStatus status, String code, String template) {}
}
