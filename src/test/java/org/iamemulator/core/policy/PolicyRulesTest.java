package org.iamemulator.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iamemulator.core.Paths;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidInputException.Source;
import org.iamemulator.core.error.MalformedIdentifierException;
import org.iamemulator.core.error.MalformedPolicyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v9", "v10", "v999999999"})
    void versionIdsAreVFollowedByANumberFromOne(String versionId) {
        assertThat(PolicyRules.isVersionId(versionId)).isTrue();
        assertThatCode(() -> PolicyRules.checkVersionIdParameter(versionId)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v", "v0", "v01", "V1", "1", "v1000000000", "v-1"})
    void otherVersionIdsAreRefusedAsParameters(String versionId) {
        assertThat(PolicyRules.isVersionId(versionId)).isFalse();
        assertThatThrownBy(() -> PolicyRules.checkVersionIdParameter(versionId))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.source()).isEqualTo(Source.PARAMETER);
                    assertThat(error.field()).isEqualTo("version_id");
                });
    }

    @Test
    void namesAreOneTo128LettersDigitsOrSomeSymbols() {
        assertThatCode(() -> PolicyRules.checkName("ReadOnly_Users+Groups=all.v2@team-a"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PolicyRules.checkName("p".repeat(128))).doesNotThrowAnyException();
        for (String bad : new String[] {"", "p".repeat(129), "with space", "a/b", "a*b", "名字"}) {
            assertThatThrownBy(() -> PolicyRules.checkName(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            error -> assertThat(error.field()).isEqualTo("policy_name"));
        }
        assertThatThrownBy(() -> PolicyRules.checkName(null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.source()).isEqualTo(Source.MISSING_BODY_FIELD));
    }

    @Test
    void pathsAreEmptyOrSegmentsEachEndingInASlash() {
        for (String good : new String[] {"", "team/", "team/eu-west/", "a.b,c+d@e=f_g-h/"}) {
            assertThatCode(() -> Paths.check(good)).as(good).doesNotThrowAnyException();
        }
        for (String bad : new String[] {"team", "/team/", "team//", "/", "te am/", "team/x"}) {
            assertThatThrownBy(() -> Paths.check(bad)).as(bad).isInstanceOf(MalformedIdentifierException.class);
        }
    }

    @Test
    void aPathIsAtMost512Characters() {
        String longest = "p".repeat(511) + "/";

        assertThatCode(() -> Paths.check(longest)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Paths.check("p" + longest)).isInstanceOf(MalformedIdentifierException.class);
    }

    @Test
    void aPathPrefixParameterIsAnyRunOfPathCharacters() {
        assertThatCode(() -> Paths.checkPrefixParameter(null)).doesNotThrowAnyException();
        assertThatCode(() -> Paths.checkPrefixParameter("team/eu")).doesNotThrowAnyException();
        assertThatCode(() -> Paths.checkPrefixParameter("/".repeat(512))).doesNotThrowAnyException();
        assertThatThrownBy(() -> Paths.checkPrefixParameter("/".repeat(513))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Paths.checkPrefixParameter("team eu"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.field()).isEqualTo("path_prefix"));
    }

    @Test
    void theTypeParameterIsCustomOrSystem() {
        assertThatCode(() -> PolicyRules.checkTypeParameter(null)).doesNotThrowAnyException();
        assertThatCode(() -> PolicyRules.checkTypeParameter("custom")).doesNotThrowAnyException();
        assertThatCode(() -> PolicyRules.checkTypeParameter("system")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PolicyRules.checkTypeParameter("System")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDescriptionIsAtMost1000CharactersWithoutTheReservedOnes() {
        assertThatCode(() -> PolicyRules.checkDescription(null)).doesNotThrowAnyException();
        assertThatCode(() -> PolicyRules.checkDescription("d".repeat(1000))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PolicyRules.checkDescription("d".repeat(1001)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PolicyRules.checkDescription("100%")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDocumentIsRequiredAndMustParse() {
        assertThatThrownBy(() -> PolicyRules.parseDocument(null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.field()).isEqualTo("policy_document"));
        assertThatThrownBy(() -> PolicyRules.parseDocument("{\"Version\":\"5.0\"}"))
                .isInstanceOf(MalformedPolicyException.class);
        assertThatThrownBy(() -> PolicyRules.parseDocument("not json")).isInstanceOf(MalformedPolicyException.class);
        assertThat(PolicyRules.parseDocument(PolicyServiceTest.ALLOW_ALL)).isNotNull();
    }
}
