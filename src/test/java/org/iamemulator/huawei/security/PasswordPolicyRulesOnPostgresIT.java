package org.iamemulator.huawei.security;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link PasswordPolicyRulesIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class PasswordPolicyRulesOnPostgresIT extends PasswordPolicyRulesIT {}
