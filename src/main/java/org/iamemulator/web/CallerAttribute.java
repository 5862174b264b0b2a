package org.iamemulator.web;

import jakarta.servlet.http.HttpServletRequest;
import org.iamemulator.core.identity.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Carries the caller from the authentication filter to the dialect's controllers: the filter stores it on the
 * request, controllers receive it through {@link CurrentCaller}.
 */
public final class CallerAttribute implements HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = Caller.class.getName();

    public static void set(HttpServletRequest request, Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }

    /** The authenticated caller, or null when the request was not (or not yet) authenticated. */
    public static Caller get(HttpServletRequest request) {
        return (Caller) request.getAttribute(ATTRIBUTE);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(CurrentCaller.class) && parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory)
            throws NoResourceFoundException {
        Caller caller = (Caller) webRequest.getAttribute(ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
        if (caller == null) {
            // no dialect took the request (e.g. a client sent a dialect's internal routing header itself)
            HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
            throw new NoResourceFoundException(
                    HttpMethod.valueOf(request.getMethod()), request.getRequestURI(), request.getRequestURI());
        }
        return caller;
    }
}
