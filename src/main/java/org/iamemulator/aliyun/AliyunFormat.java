package org.iamemulator.aliyun;

import java.util.Locale;
import org.iamemulator.aliyun.error.AliyunError;

/** The response format of an RPC request ({@code Format}, any case); JSON when absent. */
public enum AliyunFormat {
    JSON("application/json;charset=utf-8"),
    XML("text/xml;charset=utf-8");

    private final String contentType;

    AliyunFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format asked for; throws {@code InvalidParameter.Format} for anything but JSON or XML. */
    public static AliyunFormat of(String value) {
        if (value == null || value.isEmpty()) {
            return JSON;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "JSON" -> JSON;
            case "XML" -> XML;
            default -> throw AliyunError.INVALID_PARAMETER_FORMAT.failure();
        };
    }

    /** As {@link #of}, but JSON for an invalid value (to answer the error about it). */
    public static AliyunFormat lenient(String value) {
        return value != null && value.equalsIgnoreCase("XML") ? XML : JSON;
    }
}
