package org.iamemulator.huawei.sdk;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link HuaweiSdkUsersIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class HuaweiSdkUsersOnPostgresIT extends HuaweiSdkUsersIT {}
