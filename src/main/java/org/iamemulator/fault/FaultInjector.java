package org.iamemulator.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.iamemulator.core.Ids;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.identity.Caller;
import org.springframework.stereotype.Component;

/** The active fault rules, and the choice of which one (if any) a request suffers. */
@Component
public class FaultInjector {

    private final Map<String, ActiveRule> rules = new LinkedHashMap<>();

    /** A rule with its compiled path and the number of times it was applied. */
    private record ActiveRule(FaultRule rule, Pattern path, AtomicInteger applied) {

        FaultRule view() {
            return new FaultRule(
                    rule.id(),
                    rule.operation(),
                    rule.path(),
                    rule.principal(),
                    rule.effect(),
                    rule.latencyMs(),
                    rule.latencyMaxMs(),
                    rule.status(),
                    rule.probability(),
                    rule.count(),
                    applied.get());
        }
    }

    public synchronized FaultRule add(FaultRule rule) {
        Pattern path = null;
        if (rule.path() != null) {
            try {
                path = Pattern.compile(rule.path());
            } catch (PatternSyntaxException e) {
                throw InvalidInputException.field("path", rule.path(), "a regular expression");
            }
        }
        checkEffect(rule);
        String id = Ids.random();
        FaultRule stored = new FaultRule(
                id,
                rule.operation(),
                rule.path(),
                rule.principal(),
                rule.effect(),
                rule.latencyMs(),
                rule.latencyMaxMs(),
                rule.status(),
                rule.probability(),
                rule.count(),
                0);
        rules.put(id, new ActiveRule(stored, path, new AtomicInteger()));
        return stored;
    }

    public synchronized List<FaultRule> list() {
        return rules.values().stream().map(ActiveRule::view).toList();
    }

    public synchronized boolean remove(String id) {
        return rules.remove(id) != null;
    }

    public synchronized void clear() {
        rules.clear();
    }

    /** The first rule that matches and fires for this request; firing uses up one of its count. */
    public synchronized Optional<FaultRule> pick(String operation, String path, Caller caller) {
        for (ActiveRule active : new ArrayList<>(rules.values())) {
            FaultRule rule = active.rule();
            if (!matches(active, operation, path, caller)) {
                continue;
            }
            if (rule.count() != null && active.applied().get() >= rule.count()) {
                continue;
            }
            if (rule.probability() != null && ThreadLocalRandom.current().nextDouble() >= rule.probability()) {
                continue;
            }
            active.applied().incrementAndGet();
            return Optional.of(rule);
        }
        return Optional.empty();
    }

    private static boolean matches(ActiveRule active, String operation, String path, Caller caller) {
        FaultRule rule = active.rule();
        if (rule.operation() != null && !rule.operation().equals(operation)) {
            return false;
        }
        if (active.path() != null && !active.path().matcher(path).matches()) {
            return false;
        }
        return rule.principal() == null
                || (caller != null
                        && (rule.principal().equals(caller.userName())
                                || rule.principal().equals(caller.userId())
                                || rule.principal().equals(caller.urn())));
    }

    private static void checkEffect(FaultRule rule) {
        if (rule.effect() == null) {
            throw InvalidInputException.missingField("effect");
        }
        switch (rule.effect()) {
            case FaultRule.LATENCY -> {
                if (rule.latencyMs() == null
                        || rule.latencyMs() < 0
                        || (rule.latencyMaxMs() != null && rule.latencyMaxMs() < rule.latencyMs())) {
                    throw InvalidInputException.field(
                            "latency_ms",
                            rule.latencyMs(),
                            "milliseconds >= 0, and latency_max_ms, when given, not below it");
                }
            }
            case FaultRule.ERROR -> {
                if (rule.status() != null && (rule.status() < 400 || rule.status() > 599)) {
                    throw InvalidInputException.field("status", rule.status(), "an HTTP error status 400-599");
                }
            }
            case FaultRule.THROTTLE, FaultRule.RESET -> {
                // nothing to configure
            }
            default ->
                throw InvalidInputException.field("effect", rule.effect(), "one of latency, throttle, error, reset");
        }
        if (rule.probability() != null && (rule.probability() < 0 || rule.probability() > 1)) {
            throw InvalidInputException.field("probability", rule.probability(), "a number from 0 to 1");
        }
        if (rule.count() != null && rule.count() < 1) {
            throw InvalidInputException.field("count", rule.count(), "a positive integer");
        }
    }
}
