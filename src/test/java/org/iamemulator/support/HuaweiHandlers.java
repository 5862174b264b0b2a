package org.iamemulator.support;

import io.swagger.v3.oas.annotations.Operation;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operations the Huawei dialect's controllers map under {@code /v5}: the emulated v5 and STS5 operations. */
public final class HuaweiHandlers {

    private HuaweiHandlers() {}

    /** The OpenAPI operation ids of the handlers whose path starts with {@code /v5/}. */
    public static Set<String> v5OperationIds() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<String> ids = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.iamemulator.huawei")) {
            Class<?> controller = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            String prefix = firstPath(AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class));
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                Operation operation = method.getAnnotation(Operation.class);
                if (mapping != null && operation != null && (prefix + firstPath(mapping)).startsWith("/v5/")) {
                    ids.add(operation.operationId());
                }
            }
        }
        return ids;
    }

    private static String firstPath(RequestMapping mapping) {
        if (mapping == null) {
            return "";
        }
        String[] paths = mapping.path().length > 0 ? mapping.path() : mapping.value();
        return paths.length == 0 ? "" : paths[0];
    }
}
