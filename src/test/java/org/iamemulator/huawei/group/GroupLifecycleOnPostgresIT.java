package org.iamemulator.huawei.group;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link GroupLifecycleIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class GroupLifecycleOnPostgresIT extends GroupLifecycleIT {}
