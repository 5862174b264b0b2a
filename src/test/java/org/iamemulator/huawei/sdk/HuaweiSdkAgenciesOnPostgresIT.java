package org.iamemulator.huawei.sdk;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link HuaweiSdkAgenciesIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class HuaweiSdkAgenciesOnPostgresIT extends HuaweiSdkAgenciesIT {}
