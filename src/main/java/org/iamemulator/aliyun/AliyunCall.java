package org.iamemulator.aliyun;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.iamemulator.web.Operations;

/**
 * An Alibaba Cloud RPC request as its authentication adapter understood it: operation, API version, response format
 * and the parameters of the query string and the form body together (V3: {@code Action}/{@code Version} from the
 * {@code x-acs-*} headers).
 */
public record AliyunCall(
        String action, String version, AliyunFormat format, Map<String, String> parameters, boolean signatureV3) {

    public static final String DIALECT = "aliyun";

    public static final String IMS_VERSION = "2019-08-15";
    public static final String RAM_VERSION = "2015-05-01";
    public static final String GET_LOGIN_PROFILE = "GetLoginProfile";

    private static final String ATTRIBUTE = AliyunCall.class.getName();

    public void store(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
        Operations.name(request, "Aliyun" + action);
    }

    /** The call of this request, null when the request is not an Alibaba one. */
    public static AliyunCall of(HttpServletRequest request) {
        return (AliyunCall) request.getAttribute(ATTRIBUTE);
    }
}
