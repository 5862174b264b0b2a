package org.iamemulator.huawei.policy;

import org.iamemulator.support.postgres.OnPostgres;

/** {@link PolicyAttachmentIT} against PostgreSQL, in a fresh schema; skipped when no PostgreSQL answers. */
@OnPostgres
class PolicyAttachmentOnPostgresIT extends PolicyAttachmentIT {}
