package org.iamemulator.core.account;

/** The account-wide quotas in force: users (root included), user groups and custom identity policies. */
public record QuotaSettings(int users, int groups, int policies) {}
