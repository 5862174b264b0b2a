package org.iamemulator.control;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link DisposableAccountsIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class DisposableAccountsOnPostgresIT extends DisposableAccountsIT {}
