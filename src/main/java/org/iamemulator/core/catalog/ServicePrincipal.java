package org.iamemulator.core.catalog;

/** A cloud service that can be trusted by an agency ({@code service.ECS}), with its catalog and names. */
public record ServicePrincipal(String principal, Text catalog, Text displayName, Text description) {}
