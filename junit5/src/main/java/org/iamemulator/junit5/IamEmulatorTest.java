package org.iamemulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs an IAM emulator in-process on a random port for the annotated test class, resets it to its seed state before
 * each test, and injects {@link IamEmulator} into test and lifecycle methods.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(IamEmulatorExtension.class)
public @interface IamEmulatorTest {

    /** Seed file ({@code classpath:…} or a path); empty: the built-in demo users. */
    String seed() default "";

    /** Reset to the seed state before each test (also clears the journal and fault rules). */
    boolean resetBetweenTests() default true;

    /** More emulator properties, as {@code name=value}. */
    String[] properties() default {};
}
