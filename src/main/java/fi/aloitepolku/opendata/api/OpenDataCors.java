package fi.aloitepolku.opendata.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Open data may be read by any web page: CORS for /api/v1 only, and only for reading. Staff APIs stay
 * same-origin, so a page elsewhere can never use a staff member's credentials against them.
 */
@Provider
public class OpenDataCors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("v1/") && !request.getUriInfo().getPath().startsWith("/v1/")) {
            return;
        }
        var headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", "*");
        headers.putSingle("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        headers.putSingle("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since, Accept");
        headers.putSingle("Access-Control-Expose-Headers", "ETag, Last-Modified, Link");
        headers.putSingle("Access-Control-Max-Age", "86400");
    }
}
