package org.iamemulator.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a component of {@link EmulatorProperties} means, in words for {@code --help} and the README. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface Setting {

    /** The meaning, plain text. */
    String value();

    /** The default in words, for a setting without a default value. */
    String unset() default "empty";

    /** Masked by {@code /_emulator/config}. */
    boolean secret() default false;
}
