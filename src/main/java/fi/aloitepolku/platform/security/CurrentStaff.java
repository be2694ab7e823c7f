package fi.aloitepolku.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The logged-in staff member of this request, for the case log and for role-dependent views. */
@Named
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext securityContext;

    public String username() {
        var principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
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
