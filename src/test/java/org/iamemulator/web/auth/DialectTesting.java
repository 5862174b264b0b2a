package org.iamemulator.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.iamemulator.web.CachedBodyRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the adapters' unit tests do as the authentication filter would. */
public final class DialectTesting {

    private DialectTesting() {}

    /** The request, its body read, as the dialect recognises it (null: not its). */
    public static DialectCall recognise(DialectAuthentication dialect, MockHttpServletRequest request)
            throws Exception {
        CachedBodyRequest cached = CachedBodyRequest.read(request);
        return dialect.recognise(cached, new RequestParameters(cached));
    }

    /** The response the refusal writes. */
    public static MockHttpServletResponse answer(Refusal refusal, HttpServletRequest request) throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        refusal.answer(request, response);
        return response;
    }
}
