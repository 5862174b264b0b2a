package org.iamemulator.core.authz;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link PolicyEnforcementIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class PolicyEnforcementOnPostgresIT extends PolicyEnforcementIT {}
