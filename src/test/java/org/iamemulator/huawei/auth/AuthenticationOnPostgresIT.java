package org.iamemulator.huawei.auth;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link AuthenticationIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class AuthenticationOnPostgresIT extends AuthenticationIT {}
