package org.iamemulator.core.authz;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;

/**
 * The single place where core services ask whether the caller may perform an action on a resource.
 * Implementations throw {@link org.iamemulator.core.error.ApiException} to refuse.
 */
public interface PermissionCheck {

    /**
     * Refuses unless the caller may perform the action on the resource. {@code requestConditions} are the
     * condition-key values that only the request carries ({@code g:RequestTag/<key>}, {@code iam:PolicyURN}, …).
     */
    void require(Caller caller, String action, ProtectedResource resource, Map<String, List<String>> requestConditions);

    default void require(Caller caller, String action, ProtectedResource resource) {
        require(caller, action, resource, Map.of());
    }

    /**
     * Checks the action on the target when it exists; when it does not, checks it on {@code wildcardUrn} (all
     * resources of that type in the account, without tags) and only then answers not found. A caller that may not
     * act on the type therefore gets the same refusal whether or not the target exists.
     */
    default <T> T requireFound(
            Caller caller,
            String action,
            Optional<T> target,
            Function<T, ProtectedResource> resource,
            String wildcardUrn,
            Supplier<NotFoundException> notFound) {
        return requireFound(caller, action, target, resource, wildcardUrn, notFound, Map.of());
    }

    default <T> T requireFound(
            Caller caller,
            String action,
            Optional<T> target,
            Function<T, ProtectedResource> resource,
            String wildcardUrn,
            Supplier<NotFoundException> notFound,
            Map<String, List<String>> requestConditions) {
        if (target.isEmpty()) {
            require(caller, action, new ProtectedResource(wildcardUrn, Map.of(), false), requestConditions);
            throw notFound.get();
        }
        require(caller, action, resource.apply(target.get()), requestConditions);
        return target.get();
    }
}
