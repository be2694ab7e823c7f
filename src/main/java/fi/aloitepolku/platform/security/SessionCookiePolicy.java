package fi.aloitepolku.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The session cookie is HttpOnly and SameSite=Lax (web.xml); behind TLS in production it is also Secure,
 * which a plain-http local run cannot have, hence a setting ({@code app.cookie.secure}).
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "app.cookie.secure", defaultValue = "false")
    boolean secure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
    }
}
