package org.iamemulator.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rows in a map behind a Spring Data repository interface, for unit tests of the core services without a store:
 * {@code save}, {@code saveAndFlush}, {@code findById}, {@code existsById}, {@code delete}, {@code deleteById} and
 * {@code count} work on the rows; the interface's own queries are the functions a test gives by method name. Any
 * other method throws, so that a test never passes on an answer nobody wrote.
 */
public final class FakeRepository<T, K> {

    private final Map<K, T> rows = new LinkedHashMap<>();
    private final Function<T, K> key;

    public FakeRepository(Function<T, K> key) {
        this.key = key;
    }

    /** The rows, in insertion order. */
    public List<T> rows() {
        return new ArrayList<>(rows.values());
    }

    public T add(T row) {
        rows.put(key.apply(row), row);
        return row;
    }

    public void remove(T row) {
        rows.remove(key.apply(row));
    }

    public Optional<T> find(Predicate<T> condition) {
        return rows.values().stream().filter(condition).findFirst();
    }

    public long count(Predicate<T> condition) {
        return rows.values().stream().filter(condition).count();
    }

    public boolean any(Predicate<T> condition) {
        return rows.values().stream().anyMatch(condition);
    }

    /** The repository, answering {@code queries} (method name to answer from the call's arguments) and the basics. */
    public <R> R as(Class<R> repository, Map<String, Function<Object[], Object>> queries) {
        Map<String, Function<Object[], Object>> methods = new HashMap<>(basics());
        methods.putAll(queries);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args);
            }
            Function<Object[], Object> answer = methods.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(repository.getSimpleName() + "." + method.getName()
                        + " is not faked: give it to FakeRepository.as");
            }
            return answer.apply(args == null ? new Object[0] : args);
        };
        return repository.cast(
                Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[] {repository}, handler));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Function<Object[], Object>> basics() {
        return Map.of(
                "save", args -> add((T) args[0]),
                "saveAndFlush", args -> add((T) args[0]),
                "findById", args -> Optional.ofNullable(rows.get((K) args[0])),
                "existsById", args -> rows.containsKey((K) args[0]),
                "delete", args -> rows.remove(key.apply((T) args[0])),
                "deleteById", args -> rows.remove((K) args[0]),
                "count", args -> (long) rows.size());
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "FakeRepository proxy";
        };
    }
}
