package org.iamemulator.core.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT_ROOT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.MalformedIdentifierException;
import org.iamemulator.core.error.MalformedPolicyException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.user.UserFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agency rules over agencies in memory: input rules, defaults, uniqueness, the quota, kinds and attachments. */
class AgencyServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final String TRUST = AgencyFixtures.TRUST_OWN_ACCOUNT;

    private final UserFixtures users = new UserFixtures();
    private final AgencyFixtures agencies = new AgencyFixtures(users.allowAll, Clock.fixed(NOW, ZoneOffset.UTC));
    private final AgencyService service = agencies.service;

    @Test
    void createsATrustAgencyWithTheDocumentedDefaults() {
        AgencyView agency = create("deployer", null);

        assertThat(agency.path()).isEmpty();
        assertThat(agency.maxSessionDuration()).isEqualTo(3600);
        assertThat(agency.description()).isEmpty();
        assertThat(agency.kind()).isEqualTo(Agency.Kind.TRUST);
        assertThat(agency.createdAt()).isEqualTo(NOW);
        assertThat(agency.id()).matches("[0-9a-f]{32}");
        assertThat(agency.urn()).isEqualTo("iam::" + ACCOUNT + ":agency:deployer");
        assertThat(users.checks).containsExactly("iam:agencies:createV5 iam::" + ACCOUNT + ":agency:deployer");
    }

    @Test
    void theUrnCarriesThePath() {
        assertThat(create("deployer", "ci/prod/").urn()).isEqualTo("iam::" + ACCOUNT + ":agency:ci/prod/deployer");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "has space", "slash/", "x12345678901234567890123456789012345678901234567890123456789012345"})
    void refusesNamesOutsideTheRule(String name) {
        assertThatThrownBy(() -> create(name, null))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "agency_name");
    }

    @Test
    void acceptsEveryCharacterTheRuleAllows() {
        assertThatCode(() -> create("Az09_+=,.@-", null)).doesNotThrowAnyException();
        assertThatCode(() -> create("x".repeat(64), null)).doesNotThrowAnyException();
    }

    @Test
    void refusesBadPathsDurationsDescriptionsAndTrustPolicies() {
        assertThatThrownBy(() -> create("a", "no-slash")).isInstanceOf(MalformedIdentifierException.class);
        assertThatThrownBy(() -> service.create(users.rootCaller, new NewAgency("a", null, TRUST, 3599, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("max_session_duration");
        assertThatCode(() -> service.create(users.rootCaller, new NewAgency("b", null, TRUST, 43_200, null)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> service.create(users.rootCaller, new NewAgency("c", null, TRUST, null, "50% off")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("description");
        assertThatThrownBy(() -> service.create(users.rootCaller, new NewAgency("d", null, null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("trust_policy");
        assertThatThrownBy(() -> service.create(users.rootCaller, new NewAgency("e", null, "{}", null, null)))
                .isInstanceOf(MalformedPolicyException.class)
                .hasMessageContaining("Version");
        assertThat(agencies.rows.rows()).hasSize(1);
    }

    @Test
    void namesAreUniquePerAccountRegardlessOfCaseAndPath() {
        create("Deployer", "a/");

        assertThatThrownBy(() -> create("DEPLOYER", "b/"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("DEPLOYER");
        assertThatCode(() -> service.create(OTHER_ACCOUNT_ROOT, new NewAgency("Deployer", null, TRUST, null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void anAccountHoldsAtMostFiftyAgencies() {
        for (int i = 0; i < Quota.AGENCIES_PER_ACCOUNT.limit(); i++) {
            create("agency" + i, null);
        }

        assertThatThrownBy(() -> create("one-too-many", null))
                .isInstanceOf(LimitExceededException.class)
                .hasFieldOrPropertyWithValue("quota", Quota.AGENCIES_PER_ACCOUNT);
        assertThat(Quota.AGENCIES_PER_ACCOUNT.limit()).isEqualTo(50);
    }

    @Test
    void anotherAccountsAgencyIsNotFound() {
        String id = create("deployer", null).id();

        assertThatThrownBy(() -> service.show(OTHER_ACCOUNT_ROOT, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(OTHER_ACCOUNT_ROOT, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void updatesOnlyWhatIsGiven() {
        String id = create("deployer", null).id();

        service.update(users.rootCaller, id, 7200, null);
        service.update(users.rootCaller, id, null, "now described");

        AgencyView agency = service.show(users.rootCaller, id);
        assertThat(agency.maxSessionDuration()).isEqualTo(7200);
        assertThat(agency.description()).isEqualTo("now described");
    }

    @Test
    void aDeletionWaitsForThePoliciesToBeDetached() {
        String id = create("deployer", null).id();
        agencies.attachmentRows.add(new AgencyPolicyAttachment(id, "p1", NOW));

        assertThatThrownBy(() -> service.delete(users.rootCaller, id))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("detach");
        agencies.attachments.deleteById(new AgencyPolicyAttachment.Key(id, "p1"));
        service.delete(users.rootCaller, id);
        assertThat(agencies.rows.rows()).isEmpty();
    }

    @Test
    void aServiceLinkedAgencyTrustsItsServiceAndIsDeletedThroughATask() {
        AgencyView linked = service.createServiceLinked(users.rootCaller, "service.APIG", null);

        assertThat(linked.kind()).isEqualTo(Agency.Kind.SERVICE_LINKED);
        assertThat(linked.name()).isEqualTo("ServiceLinkedAgencyForAPIG");
        assertThat(linked.path()).isEqualTo("service-linked-agency/service.APIG/");
        assertThat(linked.trustPolicy()).contains("\"Service\":[\"service.APIG\"]");
        assertThatThrownBy(() -> service.createServiceLinked(users.rootCaller, "service.APIG", null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.update(users.rootCaller, linked.id(), 7200, null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.updateTrustPolicy(users.rootCaller, linked.id(), TRUST))
                .isInstanceOf(ConflictException.class);

        String task = service.deleteServiceLinked(users.rootCaller, linked.id());
        assertThatCode(() -> service.requireDeletionTask(users.rootCaller, task))
                .doesNotThrowAnyException();
        assertThat(agencies.rows.rows()).isEmpty();
        assertThatThrownBy(() -> service.requireDeletionTask(users.rootCaller, "other-task"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTrustAgencyIsNotDeletedAsServiceLinked() {
        String id = create("deployer", null).id();

        assertThatThrownBy(() -> service.deleteServiceLinked(users.rootCaller, id))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"APIG", "service.", "service.has_underscore", "Service.APIG"})
    void refusesServicePrincipalsOutsideTheRule(String principal) {
        assertThatThrownBy(() -> service.createServiceLinked(users.rootCaller, principal, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("service_principal");
    }

    @Test
    void theTrustPolicyIsReadyForTheOnesWhoAssume() {
        String id = create("deployer", null).id();

        assertThat(service.trustPolicy(ACCOUNT, id).statements()).hasSize(1);
        assertThatThrownBy(() -> service.trustPolicy(OTHER_ACCOUNT, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void findsTheAgencyAnAssumeNamesByUrnInAnyAccount() {
        String nested = create("deployer", "ci/prod/").id();
        String top = create("Builder", null).id();

        assertThat(service.findByUrn("iam::" + ACCOUNT + ":agency:ci/prod/deployer"))
                .get()
                .extracting(AgencyView::id)
                .isEqualTo(nested);
        assertThat(service.findByUrn("iam::" + ACCOUNT + ":agency:builder"))
                .get()
                .extracting(AgencyView::id)
                .isEqualTo(top);
        assertThat(service.findByUrn("iam::" + ACCOUNT + ":agency:deployer")).isEmpty();
        assertThat(service.findByUrn("iam::" + ACCOUNT + ":agency:ci/deployer")).isEmpty();
        assertThat(service.findByUrn("iam::" + OTHER_ACCOUNT + ":agency:ci/prod/deployer"))
                .isEmpty();
        assertThat(service.findByUrn("iam::" + ACCOUNT + ":user:deployer")).isEmpty();
        assertThat(service.findByUrn(null)).isEmpty();
    }

    private AgencyView create(String name, String path) {
        return service.create(users.rootCaller, new NewAgency(name, path, TRUST, null, null));
    }
}
