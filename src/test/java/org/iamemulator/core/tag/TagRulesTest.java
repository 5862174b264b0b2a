package org.iamemulator.core.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidTagException;
import org.iamemulator.core.error.InvalidTagException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagRulesTest {

    @Test
    void aRequestCarriesOneTo20Tags() {
        assertThatCode(() -> TagRules.checkCount("tags", List.of("a"))).doesNotThrowAnyException();
        assertThatCode(() -> TagRules.checkCount("tags", Collections.nCopies(20, "a")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> TagRules.checkCount("tags", List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TagRules.checkCount("tags", Collections.nCopies(21, "a")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 to 20 items");
        assertThatThrownBy(() -> TagRules.checkCount("tags", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.source()).isEqualTo(InvalidInputException.Source.MISSING_BODY_FIELD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"team", "Team 1", "a_b.c:d=e+f-g@h", "团队", "k"})
    void keysOfLettersInAnyLanguageDigitsSpacesAndSomeSymbolsAreAccepted(String key) {
        assertThatCode(() -> TagRules.checkKeys(List.of(key))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " team", "team ", "_sys_owner", "a/b", "a,b", "a*b"})
    void emptyPaddedReservedOrOddKeysAreRefused(String key) {
        assertThatThrownBy(() -> TagRules.checkKeys(List.of(key)))
                .isInstanceOfSatisfying(InvalidTagException.class, error -> {
                    assertThat(error.kind()).isEqualTo(Kind.NON_COMPLIANT);
                    assertThat(error.field()).isEqualTo("tag_key");
                });
    }

    @Test
    void aKeyIsAtMost64Characters() {
        assertThatCode(() -> TagRules.checkKeys(List.of("k".repeat(64)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> TagRules.checkKeys(List.of("k".repeat(65)))).isInstanceOf(InvalidTagException.class);
    }

    @Test
    void aKeyTwiceInOneRequestIsADuplicate() {
        assertThatThrownBy(() -> TagRules.checkKeys(List.of("team", "env", "team")))
                .isInstanceOfSatisfying(InvalidTagException.class, error -> {
                    assertThat(error.kind()).isEqualTo(Kind.DUPLICATE_KEY);
                    assertThat(error.detail()).isEqualTo("team");
                });
    }

    @Test
    void keysDifferingInCaseAreNotDuplicates() {
        assertThatCode(() -> TagRules.checkKeys(List.of("Team", "team"))).doesNotThrowAnyException();
    }

    @Test
    void aValueIsEmptyOrUpTo128CharactersAndMayHoldSlashes() {
        assertThatCode(() -> TagRules.checkValue("team", "")).doesNotThrowAnyException();
        assertThatCode(() -> TagRules.checkValue("team", "dev/ops:blue")).doesNotThrowAnyException();
        assertThatCode(() -> TagRules.checkValue("team", "v".repeat(128))).doesNotThrowAnyException();
        for (String bad : new String[] {null, "v".repeat(129), "a*b", "a,b"}) {
            assertThatThrownBy(() -> TagRules.checkValue("team", bad))
                    .as(bad)
                    .isInstanceOfSatisfying(InvalidTagException.class, error -> {
                        assertThat(error.field()).isEqualTo("tag_value");
                        assertThat(error.detail()).contains("'team'");
                    });
        }
    }

    @Test
    void aResourceHoldsAtMost20Tags() {
        assertThatCode(() -> TagRules.checkTotal(20)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TagRules.checkTotal(21))
                .isInstanceOfSatisfying(
                        InvalidTagException.class,
                        error -> assertThat(error.detail()).contains("at most 20", "21"));
        assertThat(IntStream.rangeClosed(0, 20))
                .allSatisfy(total ->
                        assertThatCode(() -> TagRules.checkTotal(total)).doesNotThrowAnyException());
    }
}
