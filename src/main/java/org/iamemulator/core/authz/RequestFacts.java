package org.iamemulator.core.authz;

import java.util.List;
import java.util.Map;

/**
 * Condition-key values that describe the request itself rather than the caller or the target ({@code g:SourceIp},
 * {@code g:SecureTransport}, {@code g:MFAPresent}); supplied by the HTTP edge, empty outside a request.
 */
public interface RequestFacts {

    Map<String, List<String>> current();
}
