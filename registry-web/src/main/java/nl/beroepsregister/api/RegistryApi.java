package nl.beroepsregister.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The register's JSON API under {@code /api}; its OpenAPI description is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Beroepsregister API", version = "1",
        description = "Admission, registrations, renewal dossiers, certificates and the public register. "
                + "Everything outside /api/public needs HTTP Basic authentication. Errors are RFC 9457 problem "
                + "details; title, detail and violation messages follow Accept-Language (nl by default, en)."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RegistryApi extends Application {
}
