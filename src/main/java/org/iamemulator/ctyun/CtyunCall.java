package org.iamemulator.ctyun;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.iamemulator.web.Operations;

/** A CTyun / AWS IAM Query request as its authentication adapter understood it. */
public record CtyunCall(String action, String version, Map<String, String> parameters) {

    public static final String DIALECT = "ctyun";

    public static final String VERSION = "2010-05-08";
    public static final String GET_USER = "GetUser";

    private static final String ATTRIBUTE = CtyunCall.class.getName();

    public void store(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
        Operations.name(request, "Ctyun" + action);
    }

    public static CtyunCall of(HttpServletRequest request) {
        return (CtyunCall) request.getAttribute(ATTRIBUTE);
    }
}
