package fi.aloitepolku.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The logged-in staff member of this request, for the case log and for role-dependent views. Answers are kept
 * for the request: a staff page asks for its roles dozens of times, and each question to the security context
 * walks the caller's groups.
 */
@Named
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext securityContext;

    private Optional<String> username;
    private final Map<String, Boolean> roles = new HashMap<>();

    public String username() {
        if (username == null) {
            var principal = securityContext.getCallerPrincipal();
            username = Optional.ofNullable(principal == null ? null : principal.getName());
        }
        return username.orElse(null);
    }

    public boolean isLoggedIn() {
        return username() != null;
    }

    public boolean hasRole(String role) {
        return roles.computeIfAbsent(role, securityContext::isCallerInRole);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public boolean isAgent() {
        return hasRole(Roles.AGENT);
    }

    /** Registering and editing initiatives belongs to agents and admins. */
    public boolean canManageInitiatives() {
        return isAdmin() || isAgent();
    }
}
