package org.iamemulator.huawei.auth;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link MfaLoginIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class MfaLoginOnPostgresIT extends MfaLoginIT {}
