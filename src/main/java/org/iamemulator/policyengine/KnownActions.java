package org.iamemulator.policyengine;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The actions of the services whose catalog the emulator has: a new policy may name an action of such a service
 * only if it is one of them, or a wildcard that matches at least one. Actions of other services are not checked.
 */
public final class KnownActions {

    /** Checks nothing: documents stored before are compiled as they are. */
    public static final KnownActions UNCHECKED = new KnownActions(Set.of(), List.of());

    private final Set<String> services;
    private final List<String> actions;

    /** {@code services}: the codes whose every action is in {@code actions}. Case does not matter. */
    public KnownActions(Collection<String> services, Collection<String> actions) {
        this.services = services.stream().map(KnownActions::fold).collect(Collectors.toUnmodifiableSet());
        this.actions = actions.stream().map(KnownActions::fold).toList();
    }

    /** Whether the action's service is one whose actions are known (a wildcard in the service is not). */
    public boolean covers(String action) {
        int colon = action.indexOf(':');
        return colon > 0 && services.contains(fold(action.substring(0, colon)));
    }

    /** Whether the action, or the pattern, names at least one known action; true for services not covered. */
    public boolean accepts(String action) {
        if (!covers(action)) {
            return true;
        }
        WildcardPattern pattern = WildcardPattern.compile(action, true);
        return actions.stream().anyMatch(pattern::matches);
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
