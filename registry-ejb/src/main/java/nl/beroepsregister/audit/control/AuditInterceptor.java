package nl.beroepsregister.audit.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.RecordComponent;
import nl.beroepsregister.audit.boundary.AuditTrail;

/**
 * Writes the audit line of an {@link Audited} call when it returns, in its transaction: what is recorded is what
 * happened. Refusals of access are recorded where they are answered (the API's problem mapper, the portal's
 * refusal handler), whatever method refused.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    @Inject
    AuditTrail trail;

    @AroundInvoke
    Object record(InvocationContext call) throws Exception {
        Audited audited = call.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            audited = call.getTarget().getClass().getAnnotation(Audited.class);
        }
        String action = audited == null || audited.value().isBlank()
                ? call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                : audited.value();
        Object result = call.proceed();
        trail.done(action, subject(audited, call.getParameters(), result), null);
        return result;
    }

    private static String subject(Audited audited, Object[] parameters, Object result) {
        if (audited == null || audited.subject().isBlank()) {
            return null;
        }
        Object id = audited.subjectArgument() == Audited.RESULT ? idOf(result)
                : audited.subjectArgument() < parameters.length ? parameters[audited.subjectArgument()] : null;
        return id == null ? null : audited.subject() + ":" + id;
    }

    /** The id of a returned view: the views are records with an {@code id} component. */
    private static Object idOf(Object result) {
        if (result instanceof Record view) {
            for (RecordComponent component : view.getClass().getRecordComponents()) {
                if (component.getName().equals("id")) {
                    try {
                        return component.getAccessor().invoke(view);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

}
