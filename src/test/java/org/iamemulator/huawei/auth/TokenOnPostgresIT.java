package org.iamemulator.huawei.auth;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link TokenIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class TokenOnPostgresIT extends TokenIT {}
