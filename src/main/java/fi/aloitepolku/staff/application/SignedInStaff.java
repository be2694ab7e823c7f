package fi.aloitepolku.staff.application;

import fi.aloitepolku.platform.security.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The signed-in staff member's account id, read once per request: the header's notice badge, the page itself
 * and its API all need it, and each used to look the account up on its own.
 */
@RequestScoped
public class SignedInStaff {

    @Inject
    CurrentStaff currentStaff;

    @PersistenceContext
    EntityManager em;

    private Optional<Long> id;

    /** Empty when nobody is signed in, or the account is gone. */
    public Optional<Long> id() {
        if (id == null) {
            String username = currentStaff.username();
            id = username == null ? Optional.empty()
                    : em.createQuery("select u.id from StaffUser u where u.username = :username", Long.class)
                            .setParameter("username", username).getResultStream().findFirst();
        }
        return id;
    }
}
