package org.iamemulator.web;

import jakarta.servlet.http.HttpServletRequest;
import org.iamemulator.core.identity.Caller;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Carries the caller from a dialect's authentication filter to its controllers: the filter stores it on the request,
 * controllers receive it through {@link CurrentCaller}.
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
        return parameter.hasParameterAnnotation(CurrentCaller.class)
                && parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Caller caller = (Caller) webRequest.getAttribute(ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
        if (caller == null) {
            throw new IllegalStateException("no authentication filter ran for " + parameter.getExecutable());
        }
        return caller;
    }
}
