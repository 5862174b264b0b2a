package org.iamemulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsTheMembersOfAnObjectWithEscapesAndNestedValuesAsText() {
        Map<String, String> members = Json.parseObject(" {\"account_id\":\"e2a7\", \"name\":\"a \\\"b\\\" \\u00e9\\n\","
                + "\"seed\":null,\"demo_data\":true,\"max\":10000,\"nested\":{\"a\":[1,\"]}\"]},\"after\":\"x\"} ");

        assertThat(members)
                .containsEntry("account_id", "e2a7")
                .containsEntry("name", "a \"b\" \u00e9\n")
                .containsEntry("seed", null)
                .containsEntry("demo_data", "true")
                .containsEntry("max", "10000")
                .containsEntry("nested", "{\"a\":[1,\"]}\"]}")
                .containsEntry("after", "x");
    }

    @Test
    void quotesWhatItWrites() {
        String text = "say \"hi\"\\\n\u0001";

        assertThat(Json.quote(text)).isEqualTo("\"say \\\"hi\\\"\\\\\\n\\u0001\"");
        assertThat(Json.parseObject("{\"v\":" + Json.quote(text) + "}")).containsEntry("v", text);
    }

    @Test
    void refusesWhatIsNotAnObject() {
        assertThatThrownBy(() -> Json.parseObject("{\"a\":1} trailing")).hasMessageContaining("end of the text");
        assertThatThrownBy(() -> Json.parseObject("<html>")).hasMessageContaining("expected '{'");
    }
}
