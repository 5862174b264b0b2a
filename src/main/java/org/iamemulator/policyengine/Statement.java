package org.iamemulator.policyengine;

import java.util.List;

/**
 * One compiled statement. Immutable; matching allocates nothing beyond what individual typed operators
 * need to parse request values.
 */
public final class Statement {

    private final int index;
    private final String sid;
    private final Effect effect;
    private final List<String> actions;
    private final boolean notAction;
    private final WildcardPattern[] actionPatterns;
    private final List<String> resources;
    private final boolean notResource;
    private final WildcardPattern[] resourcePatterns; // null = element absent = every resource
    private final boolean resourceHasStar;
    private final Condition[] conditions;

    Statement(
            int index,
            String sid,
            Effect effect,
            List<String> actions,
            boolean notAction,
            List<String> resources,
            boolean notResource,
            List<Condition> conditions) {
        this.index = index;
        this.sid = sid;
        this.effect = effect;
        this.actions = List.copyOf(actions);
        this.notAction = notAction;
        this.actionPatterns = new WildcardPattern[actions.size()];
        for (int i = 0; i < actions.size(); i++) {
            actionPatterns[i] = WildcardPattern.compile(actions.get(i), true); // actions are case-insensitive
        }
        this.resources = resources == null ? List.of() : List.copyOf(resources);
        this.notResource = notResource;
        if (resources == null) {
            this.resourcePatterns = null;
            this.resourceHasStar = true;
        } else {
            this.resourcePatterns = new WildcardPattern[resources.size()];
            boolean star = false;
            for (int i = 0; i < resources.size(); i++) {
                resourcePatterns[i] = WildcardPattern.compile(resources.get(i), false); // URNs are case-sensitive
                star |= resourcePatterns[i].matchesAll();
            }
            this.resourceHasStar = star;
        }
        this.conditions = conditions.toArray(new Condition[0]);
    }

    /** 0-based position in the document's Statement array. */
    public int index() {
        return index;
    }

    /** Sid, or null when absent. */
    public String sid() {
        return sid;
    }

    public Effect effect() {
        return effect;
    }

    /** Patterns of {@code Action}, or of {@code NotAction} when {@link #notAction()} is true. */
    public List<String> actions() {
        return actions;
    }

    public boolean notAction() {
        return notAction;
    }

    /** Patterns of {@code Resource}/{@code NotResource}; empty when neither element is present (= all resources). */
    public List<String> resources() {
        return resources;
    }

    public boolean notResource() {
        return notResource;
    }

    public List<Condition> conditions() {
        return List.of(conditions);
    }

    /** Action, then resource, then conditions: cheapest checks first. */
    boolean matches(RequestContext request) {
        return matchesAction(request.actionLower()) && matchesResource(request.resource()) && conditionsHold(request);
    }

    boolean matchesAction(String actionLower) {
        boolean any = false;
        for (WildcardPattern p : actionPatterns) {
            if (p.matches(actionLower)) {
                any = true;
                break;
            }
        }
        return any != notAction;
    }

    boolean matchesResource(String resource) {
        if (resourcePatterns == null) {
            return true;
        }
        boolean any;
        if (resource == null) {
            // Resource-less action: only a "*" entry covers it (NotResource: only a "*" entry excludes it).
            any = resourceHasStar;
        } else {
            any = false;
            for (WildcardPattern p : resourcePatterns) {
                if (p.matches(resource)) {
                    any = true;
                    break;
                }
            }
        }
        return any != notResource;
    }

    boolean conditionsHold(RequestContext request) {
        for (Condition c : conditions) {
            if (!c.evaluate(request)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Statement[" + index + "]" + (sid == null ? "" : "(" + sid + ")") + " " + effect
                + (notAction ? " NotAction=" : " Action=") + actions
                + (resourcePatterns == null ? "" : (notResource ? " NotResource=" : " Resource=") + resources)
                + (conditions.length == 0 ? "" : " Condition=" + List.of(conditions));
    }
}
