package org.iamemulator.huawei.user;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link UserLifecycleIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class UserLifecycleOnPostgresIT extends UserLifecycleIT {}
