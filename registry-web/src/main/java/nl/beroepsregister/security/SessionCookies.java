package nl.beroepsregister.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly and SameSite=Lax always (web.xml), Secure when the register is served over HTTPS
 * ({@code registry.https=true}, the production setting behind TLS or a TLS-terminating load balancer). Left off
 * for the plain-HTTP demonstration on localhost, where a Secure cookie would never be sent back.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = ConfigProvider.getConfig().getOptionalValue("registry.https", Boolean.class).orElse(false);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(https);
        cookie.setHttpOnly(true);
    }
}
