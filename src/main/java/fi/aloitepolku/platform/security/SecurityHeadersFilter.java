package fi.aloitepolku.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One header policy per URL space. Public pages run no script of ours at all, so their content security
 * policy forbids scripts; staff pages need PrimeFaces' inline handlers. Nothing is ever loaded from
 * another host. Staff pages and API answers are never cached by shared caches.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final String PUBLIC_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'none'";
    private static final String STAFF_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean staff = path.startsWith("/staff/") || path.equals("/login") || path.startsWith("/jakarta.faces.resource/");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Content-Security-Policy", staff ? STAFF_POLICY : PUBLIC_POLICY);
        if (openData(path)) {
            // Public reads with ETags: clients and proxies may keep them but must ask again, cheaply, each time
            response.setHeader("Cache-Control", "no-cache");
        } else if (path.startsWith("/staff/") || path.startsWith("/api/") || path.equals("/login")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static boolean openData(String path) {
        return path.startsWith("/api/v1/") || path.startsWith("/api/feeds/") || path.startsWith("/api/calendar/");
    }
}
