package org.iamemulator.huawei.credential;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link CredentialApisIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class CredentialApisOnPostgresIT extends CredentialApisIT {}
