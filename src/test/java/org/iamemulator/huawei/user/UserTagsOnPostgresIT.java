package org.iamemulator.huawei.user;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link UserTagsIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class UserTagsOnPostgresIT extends UserTagsIT {}
