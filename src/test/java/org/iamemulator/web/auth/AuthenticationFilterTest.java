package org.iamemulator.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.iamemulator.core.identity.AuthMode;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.CachedBodyRequest;
import org.iamemulator.web.CallerAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@ExtendWith(OutputCaptureExtension.class)
class AuthenticationFilterTest {

    static final Caller ROOT = new Caller("acct", "root-id", "root", true);
    static final Caller ALICE = new Caller("acct", "alice-id", "alice", false);

    /**
     * A dialect at {@code /} that takes requests with a {@code Dialect: <name>} header and answers {@code 4xx <name>}
     * with the error code as body; its credentials are the {@code Key} header: {@code alice} holds, {@code claims-alice}
     * is refused naming alice, {@code outage} finds the store down, anything else is refused naming nobody.
     */
    static final class TestDialect implements DialectAuthentication {

        final String name;
        final List<String> log;

        TestDialect(String name, List<String> log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public boolean addresses(HttpServletRequest request) {
            return "/".equals(request.getRequestURI());
        }

        @Override
        public boolean claimsByHeaders(HttpServletRequest request) {
            return name.equals(request.getHeader("Dialect"));
        }

        @Override
        public DialectCall recognise(CachedBodyRequest request, RequestParameters parameters) throws Refusal {
            log.add(name + " asked");
            boolean byParameter =
                    parameters.query().stream().anyMatch(p -> p.getKey().equals(name));
            if (!claimsByHeaders(request) && !byParameter) {
                return null;
            }
            if ("unsupported".equals(request.getHeader("Operation"))) {
                throw refusal("Unsupported", null, 400);
            }
            return new DialectCall() {
                @Override
                public Caller authenticate() throws Refusal {
                    log.add(name + " authenticated");
                    String key = request.getHeader("Key");
                    if ("alice".equals(key)) {
                        return ALICE;
                    }
                    if ("outage".equals(key)) {
                        throw new DataAccessResourceFailureException("the store is down");
                    }
                    if ("bug".equals(key)) {
                        throw new IllegalStateException("a bug");
                    }
                    throw refusal("Refused", "claims-alice".equals(key) ? ALICE : null, 403);
                }

                @Override
                public Caller claimed() {
                    return "alice".equals(request.getHeader("Key")) ? ALICE : null;
                }

                @Override
                public void refuseStoreUnavailable(HttpServletResponse response) throws IOException {
                    answer(response, 503, "Unavailable");
                }

                @Override
                public HttpServletRequest forwarded() {
                    return request;
                }
            };
        }

        @Override
        public void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
            answer(response, 413, "TooLarge");
        }

        private Refusal refusal(String code, Caller claimed, int status) {
            return new Refusal(
                    code, code + " by " + name, claimed, (request, response) -> answer(response, status, code));
        }

        private void answer(HttpServletResponse response, int status, String code) throws IOException {
            response.setStatus(status);
            response.getWriter().write(name + " " + code);
        }
    }

    final List<String> log = new ArrayList<>();
    final AtomicReference<AuthMode> mode = new AtomicReference<>(AuthMode.STRICT);
    final AuthenticationFilter filter = new AuthenticationFilter(
            List.of(new TestDialect("first", log), new TestDialect("second", log)), mode::get, () -> ROOT);
    final MockHttpServletResponse response = new MockHttpServletResponse();
    final MockFilterChain chain = new MockFilterChain();

    static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRequestURI(path);
        return request;
    }

    void filter(MockHttpServletRequest request) throws Exception {
        filter.doFilter(request, response, chain);
    }

    Caller passedCaller() {
        assertThat(chain.getRequest()).as("passed on").isNotNull();
        return CallerAttribute.get((HttpServletRequest) chain.getRequest());
    }

    @Test
    void aPathNoDialectAddressesPassesUntouchedWithItsBodyUnread() throws Exception {
        MockHttpServletRequest request = request("/_emulator/reset");
        request.addHeader("Dialect", "first");
        request.setContent("x".repeat(CachedBodyRequest.MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8));

        filter(request);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(log).isEmpty();
    }

    @Test
    void theFirstDialectThatRecognisesTheRequestHasIt() throws Exception {
        MockHttpServletRequest request = request("/");
        request.setQueryString("first&second");
        request.addHeader("Key", "alice");

        filter(request);

        assertThat(log).containsExactly("first asked", "first authenticated");
        assertThat(passedCaller()).isEqualTo(ALICE);
        assertThat(((HttpServletRequest) chain.getRequest()).getInputStream().readAllBytes())
                .isEmpty();
    }

    @Test
    void aRequestNoDialectRecognisesPassesOnWithoutACaller() throws Exception {
        MockHttpServletRequest request = request("/");
        request.setContent("Action=Other".getBytes(StandardCharsets.UTF_8));

        filter(request);

        assertThat(log).containsExactly("first asked", "second asked");
        assertThat(passedCaller()).isNull();
        // the body was read once and is still there for whoever answers
        assertThat(((HttpServletRequest) chain.getRequest()).getInputStream().readAllBytes())
                .isEqualTo("Action=Other".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void strictModeAnswersTheRefusalInTheDialectsFormat() throws Exception {
        MockHttpServletRequest request = request("/");
        request.addHeader("Dialect", "second");
        request.addHeader("Key", "wrong");

        filter(request);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).isEqualTo("second Refused");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void softModeLogsTheRefusalAndGoesOnAsTheClaimedCallerOrTheDefaultRoot(CapturedOutput output) throws Exception {
        mode.set(AuthMode.SOFT);
        MockHttpServletRequest claiming = request("/");
        claiming.addHeader("Dialect", "second");
        claiming.addHeader("Key", "claims-alice");

        filter(claiming);

        assertThat(passedCaller()).isEqualTo(ALICE);
        assertThat(output).contains("auth mode soft: would have refused POST / with Refused (Refused by second)");

        MockFilterChain next = new MockFilterChain();
        MockHttpServletRequest anonymous = request("/");
        anonymous.addHeader("Dialect", "second");
        filter.doFilter(anonymous, new MockHttpServletResponse(), next);
        assertThat(CallerAttribute.get((HttpServletRequest) next.getRequest())).isEqualTo(ROOT);
    }

    @Test
    void offModeActsAsTheNamedCallerUnverifiedOrTheDefaultRoot() throws Exception {
        mode.set(AuthMode.OFF);
        MockHttpServletRequest named = request("/");
        named.addHeader("Dialect", "first");
        named.addHeader("Key", "alice");

        filter(named);

        assertThat(passedCaller()).isEqualTo(ALICE);
        assertThat(log).doesNotContain("first authenticated");

        MockFilterChain next = new MockFilterChain();
        MockHttpServletRequest nobody = request("/");
        nobody.addHeader("Dialect", "first");
        filter.doFilter(nobody, new MockHttpServletResponse(), next);
        assertThat(CallerAttribute.get((HttpServletRequest) next.getRequest())).isEqualTo(ROOT);
    }

    @Test
    void anUnsupportedOperationIsAnsweredWhateverTheMode() throws Exception {
        mode.set(AuthMode.OFF);
        MockHttpServletRequest request = request("/");
        request.addHeader("Dialect", "first");
        request.addHeader("Operation", "unsupported");

        filter(request);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).isEqualTo("first Unsupported");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aStoreOutageIsTheDialects503AndOtherFailuresPropagate() throws Exception {
        MockHttpServletRequest request = request("/");
        request.addHeader("Dialect", "first");
        request.addHeader("Key", "outage");

        filter(request);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).isEqualTo("first Unavailable");

        MockHttpServletRequest buggy = request("/");
        buggy.addHeader("Dialect", "first");
        buggy.addHeader("Key", "bug");
        assertThatThrownBy(() -> filter.doFilter(buggy, new MockHttpServletResponse(), new MockFilterChain()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBodyOverTheLimitIsRefusedByTheDialectItsHeadersName() throws Exception {
        MockHttpServletRequest request = request("/");
        request.addHeader("Dialect", "second");
        request.setContent(new byte[CachedBodyRequest.MAX_BYTES + 1]);

        filter(request);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).isEqualTo("second TooLarge");
        assertThat(log).isEmpty();
    }

    @Test
    void aBodyOverTheLimitThatNoHeadersClaimPassesOnUnreadWhenItsLengthToldIt() throws Exception {
        MockHttpServletRequest declared = request("/");
        declared.setContent(new byte[CachedBodyRequest.MAX_BYTES + 1]);

        filter(declared);

        assertThat(chain.getRequest()).isSameAs(declared);

        // a body of unknown length has been read, so nothing can answer it any more but a 404
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContent(new byte[CachedBodyRequest.MAX_BYTES + 1]);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        MockFilterChain next = new MockFilterChain();
        filter.doFilter(chunked, refused, next);
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(next.getRequest()).isNull();
    }
}
