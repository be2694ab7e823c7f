package fi.aloitepolku.notification.application;

import fi.aloitepolku.notification.domain.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** SMTP and retry settings (MicroProfile Config: APP_MAIL_HOST etc.). No host: nothing is sent, all is kept. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "app.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "app.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "app.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "app.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "app.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "app.mail.from", defaultValue = "aloitepolku@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "app.mail.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "app.mail.retry-delay-seconds", defaultValue = "60")
    int retryDelaySeconds;

    @Inject
    @ConfigProperty(name = "app.mail.max-attempts", defaultValue = "10")
    int maxAttempts;

    public boolean sending() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    public boolean starttls() {
        return starttls;
    }

    public String from() {
        return from;
    }

    public int timeoutMillis() {
        return timeoutSeconds * 1000;
    }

    public Backoff backoff() {
        return new Backoff(Duration.ofSeconds(retryDelaySeconds), Backoff.CAP, maxAttempts);
    }
}
