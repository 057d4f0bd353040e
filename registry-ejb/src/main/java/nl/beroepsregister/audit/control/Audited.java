package nl.beroepsregister.audit.control;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a boundary method whose every completed call goes into the audit trail, in the same transaction, so that only
 * what really happened is recorded.
 * {@code subject} names the kind of thing the argument at {@code subjectArgument} identifies (e.g. "registration");
 * a call that creates its subject names {@link #RESULT}: the record it returns carries the new id.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** The action, as its key in the bundle under {@code audit.action.}: e.g. "registration.transition". */
    @Nonbinding
    String value() default "";

    @Nonbinding
    String subject() default "";

    /** Which argument identifies the subject; {@link #RESULT} for the {@code id()} of what the call returns. */
    @Nonbinding
    int subjectArgument() default 0;

    int RESULT = -1;
}
