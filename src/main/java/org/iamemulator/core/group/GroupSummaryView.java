package org.iamemulator.core.group;

/** A group with the number of its members (ShowGroupSummary). */
public record GroupSummaryView(GroupView group, long userCount) {}
