package org.iamemulator.huawei.federation;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link OidcProvidersIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class OidcProvidersOnPostgresIT extends OidcProvidersIT {}
