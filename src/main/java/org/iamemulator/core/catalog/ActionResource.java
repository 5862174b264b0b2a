package org.iamemulator.core.catalog;

import java.util.List;

/** A resource type an action applies to; {@code required} when a statement must name a resource of it. */
public record ActionResource(ResourceType type, boolean required, List<String> conditionKeys) {}
