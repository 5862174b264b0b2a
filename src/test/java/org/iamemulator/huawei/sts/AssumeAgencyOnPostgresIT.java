package org.iamemulator.huawei.sts;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link AssumeAgencyIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class AssumeAgencyOnPostgresIT extends AssumeAgencyIT {}
