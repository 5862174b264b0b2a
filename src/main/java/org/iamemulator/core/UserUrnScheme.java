package org.iamemulator.core;

/**
 * How an API names a user in its policies' {@code Resource}: Huawei {@code iam::<account>:user:<name>}
 * ({@link Urns#user}), and each other dialect its own scheme. The permission check of an operation that addresses
 * users by name matches policies against the name this gives.
 */
@FunctionalInterface
public interface UserUrnScheme {

    String userUrn(String accountId, String userName);
}
