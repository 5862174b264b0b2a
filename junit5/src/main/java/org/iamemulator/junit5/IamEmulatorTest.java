package org.iamemulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against an IAM emulator, a child process on a random port that every test class of
 * this JVM with the same {@code seed} and {@code properties} shares; resets it to its seed state before each test;
 * injects {@link IamEmulator} into test and lifecycle methods.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(IamEmulatorExtension.class)
public @interface IamEmulatorTest {

    /** Seed file ({@code classpath:…} of the test class path, or a path); empty: the built-in demo users. */
    String seed() default "";

    /**
     * Reset the whole emulator to its seed state before each test (also clears the journal and fault rules). With
     * JUnit's parallel execution enabled this is refused unless the class is {@code @Isolated}: a reset would pull
     * the state away from the classes running at the same time. Those set it to false and use
     * {@link IamEmulator#newAccount()}.
     */
    boolean resetBetweenTests() default true;

    /** More emulator properties, as {@code name=value}. */
    String[] properties() default {};
}
