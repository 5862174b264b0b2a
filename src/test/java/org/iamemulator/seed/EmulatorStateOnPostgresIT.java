package org.iamemulator.seed;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link EmulatorStateIT} against PostgreSQL, in a fresh schema; skipped when none answers. */
@OnPostgres
class EmulatorStateOnPostgresIT extends EmulatorStateIT {}
