package org.iamemulator.core.sts;

import static org.iamemulator.core.user.UserFixtures.ACCOUNT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.iamemulator.core.agency.AgencyFixtures;
import org.iamemulator.core.agency.AgencyView;
import org.iamemulator.core.agency.NewAgency;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.credential.TemporaryCredentials;
import org.iamemulator.core.credential.TemporaryCredentialsFixtures;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.mfa.MfaFixtures;
import org.iamemulator.core.policy.PolicyFixtures;
import org.iamemulator.core.user.UserFixtures;

/** AssumeAgency's collaborators in memory at a fixed time: agencies, policies, MFA devices, the trust check. */
final class StsFixtures {

    static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final UserFixtures users = new UserFixtures();
    final AgencyFixtures agencies = new AgencyFixtures(users.allowAll, clock);
    final PolicyFixtures policies = new PolicyFixtures();
    final MfaFixtures mfa = new MfaFixtures(users, NOW);
    final EvaluatedTrust trust = new EvaluatedTrust();
    final TemporaryCredentials credentials = TemporaryCredentialsFixtures.inMemory(clock);

    /** AssumeAgency with the caller's side decided by {@code permissions}. */
    AssumeAgencyService assume(PermissionCheck permissions) {
        return new AssumeAgencyService(
                agencies.service, policies.repository, permissions, trust, credentials, mfa.service, clock);
    }

    /** An agency of {@code owner}'s account with this trust policy (a JSON text, ' for "). */
    AgencyView agency(Caller owner, String name, String trustPolicy, Integer maxSessionDuration) {
        return agencies.service.create(
                owner, new NewAgency(name, null, trustPolicy.replace('\'', '"'), maxSessionDuration, null));
    }

    /** A trust policy allowing {@code principals} (JSON strings) the actions, on the optional condition (JSON). */
    static String trustPolicy(String principals, String actions, String condition) {
        return "{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':" + principals + ",'Action':[" + actions
                + "]" + (condition == null ? "" : ",'Condition':" + condition) + "}]}";
    }

    static String trustingAccount(String accountId) {
        return trustPolicy("{'IAM':['" + accountId + "']}", "'sts:agencies:assume'", null);
    }

    static String trustingOwnAccount() {
        return trustingAccount(ACCOUNT);
    }
}
