package org.iamemulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class IamErrorBodyTest {

    @Test
    void aFilterWritesTheCodeTheMessageAndARequestIdAsJson() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        IamErrorBody.write(new MockHttpServletRequest(), response, 401, "EMULATOR.0001", "Say \"please\".");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString())
                .matches("\\{\"error_code\":\"EMULATOR.0001\","
                        + "\"error_msg\":\"Say \\\\\"please\\\\\".\",\"request_id\":\"[0-9a-f]{32}\"}");
    }
}
