package org.iamemulator.huawei.user;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link ShowUserV5IT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class ShowUserV5OnPostgresIT extends ShowUserV5IT {}
