package org.iamemulator.aliyun.error;

/** A failure answered in Alibaba Cloud's error format. */
public final class AliyunException extends RuntimeException {

    private final transient AliyunError error;
    private final String code;
    private final transient Object accessDeniedDetail;

    AliyunException(AliyunError error, String code, String message) {
        this(error, code, message, null);
    }

    private AliyunException(AliyunError error, String code, String message, Object accessDeniedDetail) {
        super(message, null, false, false);
        this.error = error;
        this.code = code;
        this.accessDeniedDetail = accessDeniedDetail;
    }

    /** The same failure, carrying the {@code AccessDeniedDetail} member of a 403. */
    public AliyunException withAccessDeniedDetail(Object detail) {
        return new AliyunException(error, code, getMessage(), detail);
    }

    public AliyunError error() {
        return error;
    }

    public String code() {
        return code;
    }

    public Object accessDeniedDetail() {
        return accessDeniedDetail;
    }
}
