package org.iamemulator.aliyun.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.aliyun.AliyunCall;

/**
 * A recognised RPC request as controllers see it: parameters from the query string and the form body (already
 * read for the signature), and the dialect marker header that routes it to the Alibaba controllers.
 */
final class AliyunRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    AliyunRequest(HttpServletRequest request, Map<String, String> parameters) {
        super(request);
        Map<String, String[]> copy = new LinkedHashMap<>();
        parameters.forEach((name, value) -> copy.put(name, new String[] {value}));
        this.parameters = Collections.unmodifiableMap(copy);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public String getHeader(String name) {
        return AliyunCall.DIALECT_HEADER.equalsIgnoreCase(name) ? AliyunCall.DIALECT : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return AliyunCall.DIALECT_HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(AliyunCall.DIALECT))
                : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = new ArrayList<>();
        Enumeration<String> original = super.getHeaderNames();
        while (original.hasMoreElements()) {
            String name = original.nextElement();
            if (!AliyunCall.DIALECT_HEADER.equalsIgnoreCase(name)) {
                names.add(name);
            }
        }
        names.add(AliyunCall.DIALECT_HEADER);
        return Collections.enumeration(names);
    }
}
