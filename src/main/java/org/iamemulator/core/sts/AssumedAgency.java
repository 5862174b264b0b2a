package org.iamemulator.core.sts;

import org.iamemulator.core.credential.TemporaryCredentials;

/** What AssumeAgency answers: the session's credentials, its URN and id, and the source identity it carries. */
public record AssumedAgency(TemporaryCredentials.Issued credentials, String urn, String id, String sourceIdentity) {

    static AssumedAgency of(TemporaryCredentials.Issued issued) {
        return new AssumedAgency(
                issued,
                issued.session().urn(),
                issued.session().principalId(),
                issued.session().sourceIdentity());
    }
}
