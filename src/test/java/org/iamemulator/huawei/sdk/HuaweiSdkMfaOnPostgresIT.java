package org.iamemulator.huawei.sdk;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link HuaweiSdkMfaIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class HuaweiSdkMfaOnPostgresIT extends HuaweiSdkMfaIT {}
