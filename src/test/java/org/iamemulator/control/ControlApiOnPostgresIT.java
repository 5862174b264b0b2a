package org.iamemulator.control;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link ControlApiIT} (resets included) against PostgreSQL, in a fresh schema; skipped when none answers. */
@OnPostgres
class ControlApiOnPostgresIT extends ControlApiIT {}
