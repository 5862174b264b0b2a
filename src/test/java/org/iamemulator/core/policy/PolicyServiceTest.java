package org.iamemulator.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.iamemulator.core.agency.AgencyPolicyAttachment;
import org.iamemulator.core.agency.AgencyPolicyAttachmentRepository;
import org.iamemulator.core.cache.VersionedCache.CacheSettings;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidMarkerException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.MalformedIdentifierException;
import org.iamemulator.core.error.MalformedPolicyException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.support.FakeRepository;
import org.junit.jupiter.api.Test;

/** Policy and version rules over policies and versions in memory: uniqueness, the version quota, the default. */
class PolicyServiceTest {

    static final String ALLOW_ALL = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"*\"]}]}";
    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");

    private final UserFixtures users = new UserFixtures();
    private final PolicyFixtures policyFixtures = new PolicyFixtures();
    private final FakeRepository<Policy, String> policyRows = policyFixtures.rows;
    private final FakeRepository<PolicyVersion, PolicyVersion.Key> versionRows =
            new FakeRepository<>(version -> new PolicyVersion.Key(version.policyId(), version.versionId()));
    private final AtomicLong attachments = new AtomicLong();
    private final PolicyRepository policies = policyFixtures.repository;
    private final PolicyVersionRepository versions = versionRows.as(
            PolicyVersionRepository.class,
            Map.of(
                    "countByPolicyId",
                            args -> versionRows.count(
                                    version -> version.policyId().equals(args[0])),
                    "findByPolicyId",
                            args -> versionRows.rows().stream()
                                    .filter(version -> version.policyId().equals(args[0]))
                                    .toList()));
    private final PolicyService service = new PolicyService(
            policies,
            versions,
            new FakeRepository<UserPolicyAttachment, Object>(attachment -> attachment)
                    .as(UserPolicyAttachmentRepository.class, Map.of("countInAccount", args -> attachments.get())),
            new FakeRepository<GroupPolicyAttachment, Object>(attachment -> attachment)
                    .as(GroupPolicyAttachmentRepository.class, Map.of("countInAccount", args -> 0L)),
            new FakeRepository<AgencyPolicyAttachment, Object>(attachment -> attachment)
                    .as(AgencyPolicyAttachmentRepository.class, Map.of("countInAccount", args -> 0L)),
            new EffectivePolicies(policies, versions, new CacheSettings(true, 10, Duration.ofMinutes(1), false), null),
            users.allowAll,
            UserFixtures.QUOTAS,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aNewPolicyHasVersionV1AsItsDefault() {
        PolicyView policy = create("readers", null);

        assertThat(policy.defaultVersionId()).isEqualTo("v1");
        assertThat(policy.path()).isEmpty();
        assertThat(policy.type()).isEqualTo(Policy.CUSTOM);
        assertThat(policy.urn()).isEqualTo("iam::" + ACCOUNT + ":policy:readers");
        assertThat(versionRows.rows()).singleElement().satisfies(version -> {
            assertThat(version.versionId()).isEqualTo("v1");
            assertThat(version.document()).isEqualTo(ALLOW_ALL);
        });
    }

    @Test
    void aNameIsUniquePerAccountAndPath() {
        create("readers", "team/");

        assertThatThrownBy(() -> create("readers", "team/"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("team/readers");
        assertThat(create("readers", "other/").path()).isEqualTo("other/");
        assertThat(create("readers", null).path()).isEmpty();
    }

    @Test
    void aPolicyIsCheckedBeforeItIsStored() {
        assertThatThrownBy(() -> service.create(users.rootCaller, new NewPolicy("p", "bad", ALLOW_ALL, null)))
                .isInstanceOf(MalformedIdentifierException.class);
        assertThatThrownBy(() -> service.create(users.rootCaller, new NewPolicy("p", null, "{}", null)))
                .isInstanceOf(MalformedPolicyException.class);
        assertThat(policyRows.rows()).isEmpty();
        assertThat(users.checks).isEmpty();
    }

    @Test
    void aPolicyHasAtMostFiveVersions() {
        String id = create("readers", null).id();
        for (int i = 2; i <= Quota.VERSIONS_PER_POLICY.limit(); i++) {
            assertThat(service.createVersion(users.rootCaller, id, ALLOW_ALL, false)
                            .versionId())
                    .isEqualTo("v" + i);
        }

        assertThatThrownBy(() -> service.createVersion(users.rootCaller, id, ALLOW_ALL, false))
                .isInstanceOfSatisfying(
                        LimitExceededException.class,
                        error -> assertThat(error.quota()).isEqualTo(Quota.VERSIONS_PER_POLICY));
        assertThat(versionRows.rows()).hasSize(5);
    }

    @Test
    void aNewVersionBecomesTheDefaultOnlyWhenAsked() {
        String id = create("readers", null).id();

        PolicyVersionView v2 = service.createVersion(users.rootCaller, id, ALLOW_ALL, false);
        PolicyVersionView v3 = service.createVersion(users.rootCaller, id, ALLOW_ALL, true);

        assertThat(v2.isDefault()).isFalse();
        assertThat(v3.isDefault()).isTrue();
        assertThat(service.show(users.rootCaller, id).defaultVersionId()).isEqualTo("v3");
    }

    @Test
    void theDefaultVersionCannotBeDeletedAndVersionIdsAreNeverReused() {
        String id = create("readers", null).id();
        service.createVersion(users.rootCaller, id, ALLOW_ALL, false);

        assertThatThrownBy(() -> service.deleteVersion(users.rootCaller, id, "v1"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("default version");
        service.deleteVersion(users.rootCaller, id, "v2");

        assertThat(service.createVersion(users.rootCaller, id, ALLOW_ALL, false).versionId())
                .isEqualTo("v3");
    }

    @Test
    void theDefaultMovesOnlyToAnExistingVersion() {
        String id = create("readers", null).id();
        service.createVersion(users.rootCaller, id, ALLOW_ALL, false);

        assertThatThrownBy(() -> service.setDefaultVersion(users.rootCaller, id, "v7"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.setDefaultVersion(users.rootCaller, id, "latest"))
                .isInstanceOf(InvalidInputException.class);
        service.setDefaultVersion(users.rootCaller, id, "v2");
        assertThat(service.show(users.rootCaller, id).defaultVersionId()).isEqualTo("v2");
    }

    @Test
    void anAttachedPolicyCannotBeDeleted() {
        String id = create("readers", null).id();
        attachments.set(2);

        assertThatThrownBy(() -> service.delete(users.rootCaller, id))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("attached to 2");
        attachments.set(0);
        service.delete(users.rootCaller, id);
        assertThat(policyRows.rows()).isEmpty();
    }

    @Test
    void versionsArePagedInNumberOrderWithMarkers() {
        String id = create("readers", null).id();
        for (int i = 2; i <= 5; i++) {
            service.createVersion(users.rootCaller, id, ALLOW_ALL, false);
        }

        Page<PolicyVersionView> first = service.listVersions(users.rootCaller, id, PageRequest.of(2, null));
        Page<PolicyVersionView> rest =
                service.listVersions(users.rootCaller, id, PageRequest.of(10, first.nextMarker()));

        assertThat(first.items()).extracting(PolicyVersionView::versionId).containsExactly("v1", "v2");
        assertThat(rest.items()).extracting(PolicyVersionView::versionId).containsExactly("v3", "v4", "v5");
        assertThat(rest.nextMarker()).isNull();
        assertThatThrownBy(() -> service.listVersions(
                        users.rootCaller, id, PageRequest.of(2, PageRequest.markerAfter("not-a-version"))))
                .isInstanceOf(InvalidMarkerException.class);
    }

    @Test
    void anotherAccountsPolicyIsNotFound() {
        Policy theirs =
                policyRows.add(new Policy("p0000000000000000000000000000009", OTHER_ACCOUNT, "theirs", "", "", NOW));

        assertThatThrownBy(() -> service.show(users.rootCaller, theirs.id())).isInstanceOf(NotFoundException.class);
    }

    private PolicyView create(String name, String path) {
        return service.create(users.rootCaller, new NewPolicy(name, path, ALLOW_ALL, null));
    }
}
