package org.iamemulator.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidMarkerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void theLimitIs1To200And100ByDefault() {
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(100);
        assertThat(PageRequest.of(1, null).limit()).isEqualTo(1);
        assertThat(PageRequest.of(200, null).limit()).isEqualTo(200);
        for (int bad : new int[] {0, -1, 201}) {
            assertThatThrownBy(() -> PageRequest.of(bad, null))
                    .as("limit %d", bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            error -> assertThat(error.field()).isEqualTo("limit"));
        }
    }

    @Test
    void aMarkerCarriesTheLastKeyOfThePreviousPage() {
        String marker = PageRequest.markerAfter("a2518bb93d6f3182877d916651ee4f1b");

        assertThat(marker).matches("[A-Za-z0-9_-]+").doesNotContain("a2518bb9");
        assertThat(PageRequest.of(10, marker).afterKey()).isEqualTo("a2518bb93d6f3182877d916651ee4f1b");
        assertThat(PageRequest.of(null, null).afterKey()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "not a marker", "%%%%", "AAAA"})
    void stringsThatAreNotMarkersAreRefused(String marker) {
        assertThatThrownBy(() -> PageRequest.of(null, marker)).isInstanceOf(InvalidMarkerException.class);
    }

    @Test
    void base64OfAnythingButAMarkerIsRefused() {
        String foreign = Base64.getUrlEncoder().encodeToString("a2518bb93d6f".getBytes(StandardCharsets.UTF_8));
        String empty = Base64.getUrlEncoder().encodeToString("m1:".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> PageRequest.of(null, foreign)).isInstanceOf(InvalidMarkerException.class);
        assertThatThrownBy(() -> PageRequest.of(null, empty)).isInstanceOf(InvalidMarkerException.class);
        assertThatThrownBy(() -> PageRequest.of(null, "m".repeat(401))).isInstanceOf(InvalidMarkerException.class);
    }

    @Test
    void aPageFromOneRowMoreThanTheLimitHasAMarkerAfterItsLastItem() {
        Page<String> page = Page.fromLookahead(List.of("a", "b", "c"), 2, Function.identity());

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(PageRequest.of(2, page.nextMarker()).afterKey()).isEqualTo("b");
        assertThat(Page.fromLookahead(List.of("a", "b"), 2, Function.identity()).nextMarker())
                .as("last page")
                .isNull();
        assertThat(Page.fromLookahead(List.<String>of(), 2, Function.identity()).items())
                .isEmpty();
    }

    @Test
    void aSortedSliceContinuesAfterTheMarkerInItsOwnOrder() {
        List<String> versions = List.of("v1", "v2", "v9", "v10", "v11");
        Comparator<String> byNumber = Comparator.comparingInt(version -> Integer.parseInt(version.substring(1)));

        Page<String> first = SortedSlice.page(versions, PageRequest.of(3, null), Function.identity(), byNumber);
        Page<String> second =
                SortedSlice.page(versions, PageRequest.of(3, first.nextMarker()), Function.identity(), byNumber);

        assertThat(first.items()).containsExactly("v1", "v2", "v9");
        assertThat(second.items()).containsExactly("v10", "v11");
        assertThat(second.nextMarker()).isNull();
        assertThatCode(() -> first.map(String::length)).doesNotThrowAnyException();
    }
}
