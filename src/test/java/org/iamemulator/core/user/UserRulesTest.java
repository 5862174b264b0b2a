package org.iamemulator.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidInputException.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserRulesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"a", "alice", "Alice_Smith", "j.doe", "first-last", "with space", "_svc", ".hidden", "-dash"})
    void namesOfLettersDigitsUnderscoresHyphensPeriodsAndSpacesAreAccepted(String name) {
        assertThatCode(() -> UserRules.checkName("name", name)).doesNotThrowAnyException();
    }

    @Test
    void aNameIsAtMost64Characters() {
        assertThatCode(() -> UserRules.checkName("name", "n".repeat(64))).doesNotThrowAnyException();
        assertThatThrownBy(() -> UserRules.checkName("name", "n".repeat(65))).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1alice", "9", "al@ce", "al/ce", "al*ce", "ålice", "tab\tname"})
    void emptyNamesNamesStartingWithADigitAndOtherCharactersAreRefused(String name) {
        assertThatThrownBy(() -> UserRules.checkName("new_user_name", name))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.source()).isEqualTo(Source.BODY_FIELD);
                    assertThat(error.field()).isEqualTo("new_user_name");
                    assertThat(error.value()).isEqualTo(name);
                    assertThat(error.rule()).contains("not starting with a digit");
                });
    }

    @Test
    void aMissingNameIsAMissingField() {
        assertThatThrownBy(() -> UserRules.checkName("name", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.source()).isEqualTo(Source.MISSING_BODY_FIELD));
    }

    @Test
    void aDescriptionIsOptionalAndAtMost255Characters() {
        assertThatCode(() -> UserRules.checkDescription("description", null)).doesNotThrowAnyException();
        assertThatCode(() -> UserRules.checkDescription("description", "")).doesNotThrowAnyException();
        assertThatCode(() -> UserRules.checkDescription("description", "d".repeat(255)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> UserRules.checkDescription("description", "d".repeat(256)))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@", "#", "%", "&", "<", ">", "\\", "$", "^", "*"})
    void aDescriptionHasNoneOfTheReservedCharacters(String reserved) {
        assertThatThrownBy(() -> UserRules.checkDescription("new_description", "QA " + reserved + " lead"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.field()).isEqualTo("new_description"));
    }

    @Test
    void idsAreOneTo64LettersDigitsOrHyphens() {
        assertThatCode(() -> UserRules.checkUserIdParameter("a2518bb93d6f3182877d916651ee4f1b"))
                .doesNotThrowAnyException();
        assertThatCode(() -> UserRules.checkIdParameter("group_id", "x".repeat(64)))
                .doesNotThrowAnyException();
        for (String bad : new String[] {null, "", "x".repeat(65), "under_score", "dot.id", "../users"}) {
            assertThatThrownBy(() -> UserRules.checkIdParameter("group_id", bad))
                    .as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                        assertThat(error.source()).isEqualTo(Source.PARAMETER);
                        assertThat(error.field()).isEqualTo("group_id");
                    });
        }
    }

    @Test
    void anIdInABodyIsAFieldMissingOrInvalid() {
        assertThatThrownBy(() -> UserRules.checkIdField("user_id", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.source()).isEqualTo(Source.MISSING_BODY_FIELD));
        assertThatThrownBy(() -> UserRules.checkIdField("user_id", "not an id"))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.source()).isEqualTo(Source.BODY_FIELD);
                    assertThat(error.value()).isEqualTo("not an id");
                });
        assertThatCode(() -> UserRules.checkIdField("user_id", "abc-123")).doesNotThrowAnyException();
    }
}
