package org.iamemulator.core.credential;

import org.iamemulator.core.identity.Caller;

/** What a dialect needs to verify a request signed with an access key, and who the request then acts as. */
public record KeyCredential(String accessKeyId, String secretKey, Caller caller) {}
