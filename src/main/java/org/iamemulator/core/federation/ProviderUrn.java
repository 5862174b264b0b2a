package org.iamemulator.core.federation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Account and name of an identity provider's URN {@code iam::<account-id>:<kind>:<name>}. */
record ProviderUrn(String accountId, String name) {

    private static final Pattern URN = Pattern.compile("iam::([0-9a-f]{32}):([a-z-]+):([A-Za-z0-9_-]{1,64})");

    static Optional<ProviderUrn> parse(String urn, String kind) {
        Matcher matcher = URN.matcher(urn == null ? "" : urn);
        if (!matcher.matches() || !matcher.group(2).equals(kind)) {
            return Optional.empty();
        }
        return Optional.of(new ProviderUrn(matcher.group(1), matcher.group(3)));
    }
}
