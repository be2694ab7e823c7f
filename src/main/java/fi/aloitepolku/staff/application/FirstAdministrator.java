package fi.aloitepolku.staff.application;

import fi.aloitepolku.staff.domain.StaffRole;
import fi.aloitepolku.staff.domain.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new production database has no accounts. When {@code APP_BOOTSTRAP_ADMIN_PASSWORD} is set and no
 * administrator exists yet, the first one is created at start-up (then the variable should be removed).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    @ConfigProperty(name = "app.bootstrap.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "app.bootstrap.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "app.bootstrap.admin.email", defaultValue = "admin@localhost")
    String email;

    @PostConstruct
    void createWhenNoneExists() {
        if (password.isEmpty() || password.get().isBlank()) {
            return;
        }
        long admins = em.createQuery("select count(u) from StaffUser u join u.roles r where r = :admin", Long.class)
                .setParameter("admin", StaffRole.ADMIN).getSingleResult();
        if (admins > 0) {
            LOG.warning("APP_BOOTSTRAP_ADMIN_PASSWORD is set but an administrator exists already: remove the setting");
            return;
        }
        if (password.get().length() < MIN_PASSWORD_LENGTH) {
            LOG.severe("The first administrator was not created: APP_BOOTSTRAP_ADMIN_PASSWORD needs at least "
                    + MIN_PASSWORD_LENGTH + " characters");
            return;
        }
        passwordHash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        em.persist(new StaffUser(username, "Administrator", email,
                passwordHash.generate(password.get().toCharArray()), EnumSet.of(StaffRole.ADMIN), Instant.now()));
        LOG.info(() -> "Created the first administrator '" + username + "'; remove APP_BOOTSTRAP_ADMIN_PASSWORD now");
    }
}
