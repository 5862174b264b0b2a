package org.iamemulator.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request at {@code /} that a dialect's filter recognised, as its controllers see it: the parameters from the
 * query string and the form body (already read for the signature), and the marker header that routes it to that
 * dialect's controllers (mapped with {@code headers = DIALECT_HEADER + "=" + <dialect>}).
 */
public final class DialectRequest extends HttpServletRequestWrapper {

    /** Routes a recognised request to its dialect's controllers; never trusted from clients (no caller is set). */
    public static final String DIALECT_HEADER = "X-Emulator-Dialect";

    private final Map<String, String[]> parameters;
    private final String dialect;

    public DialectRequest(HttpServletRequest request, Map<String, String> parameters, String dialect) {
        super(request);
        this.dialect = dialect;
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
        return DIALECT_HEADER.equalsIgnoreCase(name) ? dialect : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return DIALECT_HEADER.equalsIgnoreCase(name)
                ? Collections.enumeration(List.of(dialect))
                : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = new ArrayList<>();
        Enumeration<String> original = super.getHeaderNames();
        while (original.hasMoreElements()) {
            String name = original.nextElement();
            if (!DIALECT_HEADER.equalsIgnoreCase(name)) {
                names.add(name);
            }
        }
        names.add(DIALECT_HEADER);
        return Collections.enumeration(names);
    }
}
