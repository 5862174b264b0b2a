package org.iamemulator.core.catalog;

/** A kind of resource a service's actions act on, and how its URN is built. */
public record ResourceType(String typeName, String urnTemplate) {}
