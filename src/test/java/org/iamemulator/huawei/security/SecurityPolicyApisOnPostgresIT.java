package org.iamemulator.huawei.security;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link SecurityPolicyApisIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class SecurityPolicyApisOnPostgresIT extends SecurityPolicyApisIT {}
