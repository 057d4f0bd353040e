package nl.beroepsregister.operations;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive when the register is deployed and answers, whatever the database or the mail server do: a restart fixes
 * neither, so they belong to readiness ({@link DatabaseReadiness}, {@link MailReadiness}). Says which build runs.
 */
@Liveness
@ApplicationScoped
public class RegistryLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Version version = Version.current();
        return HealthCheckResponse.named("registry").up()
                .withData("version", version.version())
                .withData("build", version.build())
                .build();
    }
}
