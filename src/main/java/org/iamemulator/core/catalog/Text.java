package org.iamemulator.core.catalog;

/** A description in the two languages the real catalog carries. */
public record Text(String enUs, String zhCn) {}
