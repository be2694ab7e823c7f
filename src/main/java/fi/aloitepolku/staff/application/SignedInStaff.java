package fi.aloitepolku.staff.application;

import fi.aloitepolku.platform.security.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * The signed-in staff member's account id, read once per request: the header's notice badge, the page itself
 * and its API all need it, and each used to look the account up on its own. A logged-in browser's session
 * keeps it, with the username it belongs to (accounts are never renamed or deleted, only deactivated).
 */
@RequestScoped
public class SignedInStaff {

    @Inject
    CurrentStaff currentStaff;

    @PersistenceContext
    EntityManager em;

    @Inject
    HttpServletRequest request;

    private Optional<Long> id;

    /** Empty when nobody is signed in, or the account is gone. */
    public Optional<Long> id() {
        if (id == null) {
            id = lookUp(currentStaff.username());
        }
        return id;
    }

    private Optional<Long> lookUp(String username) {
        if (username == null) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(KNOWN) instanceof Known known && known.username().equals(username)) {
            return Optional.of(known.id());
        }
        var found = em.createQuery("select u.id from StaffUser u where u.username = :username", Long.class)
                .setParameter("username", username).getResultStream().findFirst();
        if (session != null && found.isPresent()) {
            session.setAttribute(KNOWN, new Known(username, found.get()));
        }
        return found;
    }

    private static final String KNOWN = SignedInStaff.class.getName();

    private record Known(String username, long id) implements Serializable {
    }
}
