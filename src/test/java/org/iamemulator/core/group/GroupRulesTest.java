package org.iamemulator.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidInputException.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroupRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"admins", "Team 1", "ops_{eu}-west", "开发组", "1st"})
    void namesOfLettersInAnyLanguageDigitsSpacesAndUnderscoresHyphensBracesAreAccepted(String name) {
        assertThatCode(() -> GroupRules.checkName("group_name", name)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ops.eu", "ops/eu", "ops@eu", "a*b"})
    void emptyNamesAndOtherCharactersAreRefused(String name) {
        assertThatThrownBy(() -> GroupRules.checkName("new_group_name", name))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("new_group_name");
                    assertThat(error.value()).isEqualTo(name);
                });
    }

    @Test
    void aNameIsAtMost128Characters() {
        assertThatCode(() -> GroupRules.checkName("group_name", "g".repeat(128)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> GroupRules.checkName("group_name", "g".repeat(129)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMissingNameIsAMissingField() {
        assertThatThrownBy(() -> GroupRules.checkName("group_name", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.source()).isEqualTo(Source.MISSING_BODY_FIELD));
    }

    @Test
    void descriptionsFollowTheUserDescriptionRule() {
        assertThatCode(() -> GroupRules.checkDescription("description", "d".repeat(255)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> GroupRules.checkDescription("new_group_description", "d".repeat(256)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.field()).isEqualTo("new_group_description"));
        assertThatThrownBy(() -> GroupRules.checkDescription("description", "a & b"))
                .isInstanceOf(InvalidInputException.class);
    }
}
