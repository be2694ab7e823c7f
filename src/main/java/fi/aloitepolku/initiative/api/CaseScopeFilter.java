package fi.aloitepolku.initiative.api;

import fi.aloitepolku.initiative.application.CaseAccess;
import fi.aloitepolku.platform.api.ApiLocale;
import fi.aloitepolku.platform.api.Problems;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Every staff route under {@code /initiatives/{id}} answers 404 for a case outside the caller's municipalities
 * before anything else is read or checked, so that no answer (not even "the body is missing a field") tells such
 * a case exists. The application services check the same through {@link CaseAccess}; this makes the answer
 * the same whatever the route checks first. Public routes (@PermitAll, or no roles) are left alone.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class CaseScopeFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CaseAccess access;

    @Override
    public void filter(ContainerRequestContext request) {
        var method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class) || !staffOnly(method)) {
            return;
        }
        if (!template(method).startsWith("initiatives/{id}")) {
            return;
        }
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        boolean visible;
        try {
            visible = id != null && access.visible(Long.parseLong(id));
        } catch (NumberFormatException e) {
            visible = false;
        }
        if (!visible) {
            request.abortWith(Problems.of(ApiLocale.of(request), 404, "not-found", "problem.not-found.detail"));
        }
    }

    /** The route's path template, e.g. "initiatives/{id}/hearings/{hearingId}". */
    private String template(java.lang.reflect.Method method) {
        Path onClass = resource.getResourceClass().getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        String joined = (onClass == null ? "" : onClass.value()) + "/" + (onMethod == null ? "" : onMethod.value());
        return joined.replaceAll("/+", "/").replaceFirst("^/", "");
    }

    private boolean staffOnly(java.lang.reflect.Method method) {
        return method.isAnnotationPresent(RolesAllowed.class)
                || resource.getResourceClass().isAnnotationPresent(RolesAllowed.class);
    }
}
