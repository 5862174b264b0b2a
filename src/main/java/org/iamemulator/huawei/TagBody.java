package org.iamemulator.huawei;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** One tag as every v5 API sends and takes it: {@code {"tag_key": …, "tag_value": …}}. */
@Schema(name = "Tag")
public record TagBody(
        @Schema(example = "team") @JsonProperty("tag_key") String tagKey,
        @Schema(example = "dev") @JsonProperty("tag_value") String tagValue) {

    /** The tags sorted by key. */
    public static List<TagBody> of(Map<String, String> tags) {
        return tags.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(tag -> new TagBody(tag.getKey(), tag.getValue()))
                .toList();
    }
}
