package org.iamemulator.core.sts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;

/** AssumeAgency's input rules (surface reference §8.1) and its session-duration rules. */
final class StsRules {

    static final int MIN_DURATION = 900;
    static final int MAX_DURATION = 43_200;
    static final int DEFAULT_DURATION = 3_600;
    /** The longest session an assumed-agency session can obtain for itself or another agency (role chaining). */
    static final int MAX_CHAINED_DURATION = 3_600;

    static final int MAX_TAGS = 20;
    static final int MAX_POLICY_IDS = 10;

    private static final Pattern AGENCY_URN = Pattern.compile("iam::([0-9a-f]{32}):agency:(.{1,1400})");
    private static final Pattern SESSION_NAME = Pattern.compile("[A-Za-z0-9_+=,.@-]{2,128}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9_+=,.@:/-]{2,1224}");
    private static final Pattern SOURCE_IDENTITY = Pattern.compile("[A-Za-z0-9_+=,.@-]{2,64}");
    private static final Pattern POLICY_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{N} _.:=+@/-]{1,128}");
    private static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{N} _.:=+@/-]{0,255}");

    private StsRules() {}

    /** The account id and the {@code <path><name>} an agency URN names. */
    record AgencyUrn(String accountId, String pathAndName) {}

    /** Checks every field on its own; rules that need the agency or the caller come later. */
    static AgencyUrn check(AssumeAgencyRequest request) {
        if (request.agencyUrn() == null) {
            throw InvalidInputException.missingField("agency_urn");
        }
        Matcher urn = AGENCY_URN.matcher(request.agencyUrn());
        if (!urn.matches()) {
            throw InvalidInputException.field(
                    "agency_urn",
                    request.agencyUrn(),
                    "iam::<account-id>:agency:<path><agency-name>, at most 1500 characters");
        }
        if (request.sessionName() == null) {
            throw InvalidInputException.missingField("agency_session_name");
        }
        check("agency_session_name", request.sessionName(), SESSION_NAME, "2 to 128 letters, digits or _+=,.@-");
        if (request.durationSeconds() != null
                && (request.durationSeconds() < MIN_DURATION || request.durationSeconds() > MAX_DURATION)) {
            throw InvalidInputException.field(
                    "duration_seconds", request.durationSeconds(), MIN_DURATION + " to " + MAX_DURATION + " seconds");
        }
        check("external_id", request.externalId(), EXTERNAL_ID, "2 to 1224 letters, digits or _+=,.@:/-");
        check("source_identity", request.sourceIdentity(), SOURCE_IDENTITY, "2 to 64 letters, digits or _+=,.@-");
        if (request.policy() != null
                && (request.policy().length() < 2 || request.policy().length() > 2048)) {
            throw InvalidInputException.field("policy", abbreviated(request.policy()), "2 to 2048 characters");
        }
        checkPolicyIds(request.policyIds());
        checkMfa(request.serialNumber(), request.tokenCode());
        tags(request.tags(), request.transitiveTagKeys());
        return new AgencyUrn(urn.group(1), urn.group(2));
    }

    /**
     * The session's length: {@code requested} or 3,600 s, at most the agency's {@code max_session_duration}, and at
     * most 3,600 s for a caller that is itself a session.
     */
    static int duration(Integer requested, int agencyMaxSessionDuration, boolean chained) {
        int seconds = requested == null ? DEFAULT_DURATION : requested;
        if (seconds > agencyMaxSessionDuration) {
            throw InvalidInputException.field(
                    "duration_seconds",
                    seconds,
                    "at most the agency's max_session_duration, " + agencyMaxSessionDuration + " seconds");
        }
        if (chained && seconds > MAX_CHAINED_DURATION) {
            throw InvalidInputException.field(
                    "duration_seconds",
                    seconds,
                    "at most " + MAX_CHAINED_DURATION
                            + " seconds when the request is signed with temporary credentials (X-Security-Token)");
        }
        return seconds;
    }

    /**
     * The session tags by key, in the order given: at most 20, keys unique regardless of case; every transitive key
     * must be one of them.
     */
    static Map<String, String> tags(List<AssumeAgencyRequest.SessionTag> tags, List<String> transitiveTagKeys) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Map<String, String> lowerCased = new LinkedHashMap<>();
        List<AssumeAgencyRequest.SessionTag> given = tags == null ? List.of() : tags;
        if (given.size() > MAX_TAGS) {
            throw InvalidInputException.field("tags", given.size() + " tags", "at most " + MAX_TAGS + " tags");
        }
        for (AssumeAgencyRequest.SessionTag tag : given) {
            if (tag == null || tag.key() == null) {
                throw InvalidInputException.missingField("tags.key");
            }
            if (tag.value() == null) {
                throw InvalidInputException.missingField("tags.value");
            }
            check("tags.key", tag.key(), TAG_KEY, "1 to 128 letters, digits, spaces or _.:=+@/-");
            if (!TAG_VALUE.matcher(tag.value()).matches()) {
                throw InvalidInputException.field(
                        "tags.value", tag.value(), "0 to 255 letters, digits, spaces or _.:=+@/-");
            }
            if (lowerCased.put(tag.key().toLowerCase(Locale.ROOT), tag.key()) != null) {
                throw InvalidInputException.field("tags.key", tag.key(), "keys that differ regardless of case");
            }
            byKey.put(tag.key(), tag.value());
        }
        for (String key : transitiveTagKeys == null ? List.<String>of() : transitiveTagKeys) {
            if (key == null || !lowerCased.containsKey(key.toLowerCase(Locale.ROOT))) {
                throw InvalidInputException.field("transitive_tag_keys", key, "keys of the session tags given");
            }
        }
        return byKey;
    }

    private static void checkPolicyIds(List<String> policyIds) {
        if (policyIds == null) {
            return;
        }
        if (policyIds.size() > MAX_POLICY_IDS) {
            throw InvalidInputException.field(
                    "policy_ids", policyIds.size() + " ids", "at most " + MAX_POLICY_IDS + " policy ids");
        }
        for (String id : policyIds) {
            if (id == null || !POLICY_ID.matcher(id).matches()) {
                throw InvalidInputException.field("policy_ids", id, "1 to 64 letters, digits or hyphens");
            }
        }
    }

    /** Both or neither; their forms are the MFA devices' rules, checked with the device. */
    private static void checkMfa(String serialNumber, String tokenCode) {
        if (serialNumber != null && tokenCode == null) {
            throw InvalidInputException.missingField("token_code");
        }
        if (tokenCode != null && serialNumber == null) {
            throw InvalidInputException.missingField("serial_number");
        }
    }

    private static void check(String field, String value, Pattern pattern, String rule) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw InvalidInputException.field(field, abbreviated(value), rule);
        }
    }

    private static String abbreviated(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "...";
    }
}
