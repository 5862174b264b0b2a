package org.iamemulator.huawei.user;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link ShowUserLastLoginV5IT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class ShowUserLastLoginV5OnPostgresIT extends ShowUserLastLoginV5IT {}
