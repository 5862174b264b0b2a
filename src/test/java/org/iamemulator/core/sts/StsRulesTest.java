package org.iamemulator.core.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.sts.AssumeAgencyRequest.SessionTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AssumeAgency's session-duration rules and input rules. */
class StsRulesTest {

    private static final String ACCOUNT = "0123456789abcdef0123456789abcdef";
    private static final String URN = "iam::" + ACCOUNT + ":agency:team/deployer";

    @ParameterizedTest(name = "requested {0}, agency max {1}, chained {2} -> {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "null, 3600, false, 3600",
                "null, 43200, true, 3600",
                "900, 3600, false, 900",
                "43200, 43200, false, 43200",
                "3600, 3600, true, 3600",
                "7200, 43200, false, 7200",
            })
    void acceptedDurations(Integer requested, int agencyMax, boolean chained, int expected) {
        assertThat(StsRules.duration(requested, agencyMax, chained)).isEqualTo(expected);
    }

    @Test
    void aDurationBeyondTheAgencysMaximumIsRefused() {
        assertThatThrownBy(() -> StsRules.duration(7200, 3600, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("max_session_duration, 3600");
    }

    @Test
    void aChainedSessionIsLimitedToAnHour() {
        assertThatThrownBy(() -> StsRules.duration(3601, 43200, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 3600 seconds when the request is signed with temporary credentials");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"899", "43201", "0", "-1"})
    void durationsOutsideTheRangeAreRefused(int seconds) {
        assertThatThrownBy(() -> StsRules.check(request(URN, "session", seconds)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("duration_seconds");
    }

    @Test
    void theUrnNamesTheAgencysAccountAndPathAndName() {
        StsRules.AgencyUrn urn = StsRules.check(request(URN, "session", null));

        assertThat(urn.accountId()).isEqualTo(ACCOUNT);
        assertThat(urn.pathAndName()).isEqualTo("team/deployer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"iam::123:agency:x", "iam::" + ACCOUNT + ":user:x", "agency", "iam::" + ACCOUNT + ":agency:"})
    void malformedUrnsAreRefused(String urn) {
        assertThatThrownBy(() -> StsRules.check(request(urn, "session", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("agency_urn");
    }

    @Test
    void theUrnAndTheSessionNameAreRequired() {
        assertThatThrownBy(() -> StsRules.check(request(null, "session", null)))
                .isInstanceOf(InvalidInputException.class)
                .extracting("source")
                .isEqualTo(InvalidInputException.Source.MISSING_BODY_FIELD);
        assertThatThrownBy(() -> StsRules.check(request(URN, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("agency_session_name");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"a", "has space", "slash/no"})
    void sessionNamesOutsideTheRuleAreRefused(String name) {
        assertThatThrownBy(() -> StsRules.check(request(URN, name, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("agency_session_name");
    }

    @Test
    void tagsKeepTheirOrderAndTransitiveKeysMustBeAmongThem() {
        assertThat(StsRules.tags(List.of(new SessionTag("team", "dev"), new SessionTag("cost", "")), List.of("team")))
                .containsExactly(Map.entry("team", "dev"), Map.entry("cost", ""));
        assertThatThrownBy(() -> StsRules.tags(List.of(new SessionTag("team", "dev")), List.of("project")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("transitive_tag_keys");
    }

    @Test
    void tagKeysMustDifferRegardlessOfCase() {
        assertThatThrownBy(() -> StsRules.tags(List.of(new SessionTag("team", "a"), new SessionTag("Team", "b")), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("tags.key");
    }

    @Test
    void atMostTwentyTags() {
        List<SessionTag> tags = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tags.add(new SessionTag("k" + i, "v"));
        }
        assertThatThrownBy(() -> StsRules.tags(tags, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("tags");
        assertThat(StsRules.tags(tags.subList(0, 20), null)).hasSize(20);
    }

    @Test
    void aTagValueMayBeEmptyButNotNull() {
        assertThatThrownBy(() -> StsRules.tags(List.of(new SessionTag("team", null)), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("tags.value");
    }

    @Test
    void anMfaCodeNeedsItsSerialNumberAndTheOtherWayRound() {
        assertThatThrownBy(() -> StsRules.check(mfa(null, "123456"))).hasMessageStartingWith("serial_number");
        assertThatThrownBy(() -> StsRules.check(mfa("iam::" + ACCOUNT + ":mfa:dev", null)))
                .hasMessageStartingWith("token_code");
    }

    @Test
    void anInlinePolicyHasTwoTo2048Characters() {
        AssumeAgencyRequest tooLong = new AssumeAgencyRequest(
                URN, "session", null, null, "x".repeat(2049), null, null, null, null, null, null);
        assertThatThrownBy(() -> StsRules.check(tooLong)).hasMessageStartingWith("policy");
    }

    private static AssumeAgencyRequest request(String urn, String sessionName, Integer duration) {
        return new AssumeAgencyRequest(urn, sessionName, duration, null, null, null, null, null, null, null, null);
    }

    private static AssumeAgencyRequest mfa(String serialNumber, String tokenCode) {
        return new AssumeAgencyRequest(
                URN, "session", null, null, null, null, serialNumber, tokenCode, null, null, null);
    }
}
