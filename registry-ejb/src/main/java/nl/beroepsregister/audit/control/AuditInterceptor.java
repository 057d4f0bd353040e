package nl.beroepsregister.audit.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
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
        String subject = subject(audited, call.getParameters());
        Object result = call.proceed();
        trail.done(action, subject, null);
        return result;
    }

    private static String subject(Audited audited, Object[] parameters) {
        if (audited == null || audited.subject().isBlank() || parameters.length == 0 || parameters[0] == null) {
            return null;
        }
        return audited.subject() + ":" + parameters[0];
    }

}
