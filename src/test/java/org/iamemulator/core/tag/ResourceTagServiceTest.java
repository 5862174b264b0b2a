package org.iamemulator.core.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.iamemulator.core.agency.AgencyFixtures;
import org.iamemulator.core.agency.NewAgency;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidTagException;
import org.iamemulator.core.error.InvalidTagException.Kind;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.user.User;
import org.iamemulator.core.user.UserFixtures;
import org.junit.jupiter.api.Test;

/** Tagging rules over users and agencies in memory: the request's rules, the per-resource total, the conditions. */
class ResourceTagServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final String DAVE_URN = "iam::" + ACCOUNT + ":user:dave";

    private final UserFixtures users = new UserFixtures();
    private final AgencyFixtures agencies = new AgencyFixtures(users, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ResourceTagService service = new ResourceTagService(List.of(users.access(), agencies.service));
    private final User dave = users.user("u0000000000000000000000000000001", ACCOUNT, "dave");

    @Test
    void addsAndOverwritesTagsAndAnswersAllOfThemByKey() {
        dave.tags().put("team", "blue");
        dave.tags().put("cost", "42");

        Map<String, String> answer = tag(dave.id(), "team", "red", "env", "prod");

        assertThat(answer).containsExactly(Map.entry("cost", "42"), Map.entry("env", "prod"), Map.entry("team", "red"));
        assertThat(dave.tags()).isEqualTo(answer);
    }

    @Test
    void thePermissionIsAskedOnTheResourceWithTheRequestTagsAndKeys() {
        tag(dave.id(), "team", "red", "env", "");

        assertThat(users.checks).containsExactly("iam::tagForResourceV5 " + DAVE_URN);
        assertThat(users.requestConditions.get(0))
                .containsExactly(
                        Map.entry("g:RequestTag/team", List.of("red")),
                        Map.entry("g:RequestTag/env", List.of("")),
                        Map.entry("g:TagKeys", List.of("team", "env")));
    }

    @Test
    void aRequestCarriesOneToTwentyTagsOfValidKeysAndValuesBeforeAnyPermissionIsAsked() {
        assertThatThrownBy(() -> service.tag(users.rootCaller, ResourceType.USER, dave.id(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("tags");
                    assertThat(error.source()).isEqualTo(InvalidInputException.Source.MISSING_BODY_FIELD);
                });
        assertThatThrownBy(() -> service.tag(users.rootCaller, ResourceType.USER, dave.id(), List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.tag(users.rootCaller, ResourceType.USER, dave.id(), numberedTags(0, 21)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 to 20 items");
        assertThatThrownBy(() -> tag(dave.id(), "_sys_owner", "me"))
                .isInstanceOfSatisfying(
                        InvalidTagException.class,
                        error -> assertThat(error.field()).isEqualTo("tag_key"));
        assertThatThrownBy(() -> tag(dave.id(), "team", "red", "team", "blue"))
                .isInstanceOfSatisfying(
                        InvalidTagException.class,
                        error -> assertThat(error.kind()).isEqualTo(Kind.DUPLICATE_KEY));
        assertThatThrownBy(() -> tag(dave.id(), "team", "red*"))
                .isInstanceOfSatisfying(
                        InvalidTagException.class,
                        error -> assertThat(error.field()).isEqualTo("tag_value"));
        assertThatThrownBy(() -> service.tag(
                        users.rootCaller, ResourceType.USER, dave.id(), List.of(new SimpleEntry<>("team", null))))
                .isInstanceOfSatisfying(
                        InvalidTagException.class,
                        error -> assertThat(error.field()).isEqualTo("tag_value"));
        assertThat(users.checks).isEmpty();
        assertThat(dave.tags()).isEmpty();
    }

    @Test
    void aResourceHoldsAtMostTwentyTagsCountingOnlyTheNewKeys() {
        numberedTags(0, 19).forEach(tag -> dave.tags().put(tag.getKey(), tag.getValue()));

        assertThat(tag(dave.id(), "key0", "changed", "key19", "new")).hasSize(20);
        assertThatThrownBy(() -> tag(dave.id(), "key0", "again", "key20", "one too many"))
                .isInstanceOfSatisfying(InvalidTagException.class, error -> {
                    assertThat(error.kind()).isEqualTo(Kind.NON_COMPLIANT);
                    assertThat(error.detail()).contains("at most 20 tags").contains("would make 21");
                });
        assertThat(dave.tags()).hasSize(20).containsEntry("key0", "changed");
    }

    @Test
    void untagRemovesTheGivenKeysAndIgnoresTheOnesTheResourceDoesNotHave() {
        dave.tags().put("team", "blue");
        dave.tags().put("env", "prod");

        service.untag(users.rootCaller, ResourceType.USER, dave.id(), List.of("team", "absent"));

        assertThat(dave.tags()).containsExactly(Map.entry("env", "prod"));
        assertThat(users.checks).containsExactly("iam::untagForResourceV5 " + DAVE_URN);
        assertThat(users.requestConditions.get(0)).isEqualTo(Map.of("g:TagKeys", List.of("team", "absent")));
    }

    @Test
    void untagNamesOneToTwentyValidKeysInTheBody() {
        assertThatThrownBy(() -> service.untag(users.rootCaller, ResourceType.USER, dave.id(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("body");
                    assertThat(error.source()).isEqualTo(InvalidInputException.Source.MISSING_BODY_FIELD);
                });
        assertThatThrownBy(() -> service.untag(users.rootCaller, ResourceType.USER, dave.id(), List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.untag(users.rootCaller, ResourceType.USER, dave.id(), List.of("a", "a")))
                .isInstanceOfSatisfying(
                        InvalidTagException.class,
                        error -> assertThat(error.kind()).isEqualTo(Kind.DUPLICATE_KEY));
        assertThatThrownBy(() -> service.untag(users.rootCaller, ResourceType.USER, dave.id(), List.of(" padded")))
                .isInstanceOf(InvalidTagException.class);
        assertThat(users.checks).isEmpty();
    }

    @Test
    void listsTheTagsByKeyAskingTheListPermission() {
        dave.tags().put("team", "blue");
        dave.tags().put("env", "prod");

        assertThat(service.list(users.rootCaller, ResourceType.USER, dave.id()))
                .containsExactly(Map.entry("env", "prod"), Map.entry("team", "blue"));
        assertThat(users.checks).containsExactly("iam::listTagsForResourceV5 " + DAVE_URN);
    }

    @Test
    void anotherAccountsResourceIsNotFoundAfterTheWildcardIsChecked() {
        User stranger = users.user("u0000000000000000000000000000009", OTHER_ACCOUNT, "stranger");

        assertThatThrownBy(() -> tag(stranger.id(), "team", "red")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.list(users.rootCaller, ResourceType.USER, stranger.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.checks)
                .containsExactly(
                        "iam::tagForResourceV5 iam::" + ACCOUNT + ":user:*",
                        "iam::listTagsForResourceV5 iam::" + ACCOUNT + ":user:*");
        assertThat(stranger.tags()).isEmpty();
    }

    @Test
    void theResourceTypeChoosesWhereTheResourceIsFound() {
        String agencyId = agencies.service
                .create(users.rootCaller, new NewAgency("deployer", null, AgencyFixtures.TRUST_OWN_ACCOUNT, null, null))
                .id();
        users.checks.clear();

        service.tag(users.rootCaller, ResourceType.AGENCY, agencyId, List.of(Map.entry("team", "red")));

        assertThat(service.list(users.rootCaller, ResourceType.AGENCY, agencyId))
                .containsExactly(Map.entry("team", "red"));
        assertThat(users.checks).first().isEqualTo("iam::tagForResourceV5 iam::" + ACCOUNT + ":agency:deployer");
        assertThatThrownBy(() -> service.list(users.rootCaller, ResourceType.USER, agencyId))
                .isInstanceOf(NotFoundException.class);
        assertThat(dave.tags()).isEmpty();
    }

    /** Tags the user with the given key and value pairs, in that order. */
    private Map<String, String> tag(String userId, String... keysAndValues) {
        List<Map.Entry<String, String>> tags = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            tags.add(Map.entry(keysAndValues[i], keysAndValues[i + 1]));
        }
        return service.tag(users.rootCaller, ResourceType.USER, userId, tags);
    }

    /** {@code key<from>=value<from>} up to, but without, {@code to}. */
    private static List<Map.Entry<String, String>> numberedTags(int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> Map.entry("key" + i, "value" + i))
                .toList();
    }
}
