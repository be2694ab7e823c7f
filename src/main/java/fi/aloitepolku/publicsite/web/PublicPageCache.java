package fi.aloitepolku.publicsite.web;

import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.i18n.SupportedLocales;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Residents' initiative and list pages, rendered once and served again while nothing they show has changed.
 * Validity is checked at every request against the database (one indexed read: the case's updated_at, or
 * the newest updated_at of all cases for lists), so a change shows at once. Only anonymous-looking,
 * session-less 200 answers are kept; the key holds the path, the query and the language. The answer also
 * gets an ETag, so a browser or a proxy polling the page gets 304 Not Modified.
 *
 * <p>Mapped in web.xml after the security-headers filter, so cached answers carry the same headers.
 */
public class PublicPageCache extends HttpFilter {

    static final int MAX_ENTRIES = 2000;
    static final long MAX_BYTES = 32L * 1024 * 1024;

    @Inject
    InitiativeQueries queries;

    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    record Page(String stamp, String contentType, byte[] body, String etag) {
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String stamp = "GET".equals(request.getMethod()) ? stamp(path, request) : null;
        if (stamp == null) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = LocaleSelection.of(request);
        if (SupportedLocales.byTag(request.getParameter("lang")) != null) {
            LocaleSelection.remember(request, response, locale);
        }
        String key = path + "?" + withoutLanguage(request.getQueryString()) + "#" + locale.getLanguage();
        Page page = get(key);
        if (page == null || !page.stamp().equals(stamp)) {
            page = render(request, response, chain, stamp);
            if (page == null) {
                return;
            }
            put(key, page);
        }
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Language, Cookie");
        if (page.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** The validity stamp of a cacheable page, or null for anything not cached. */
    private String stamp(String path, HttpServletRequest request) {
        if (path.equals("/initiative") || path.equals("/initiative.xhtml")) {
            try {
                return queries.publicPageStamp(Long.parseLong(String.valueOf(request.getParameter("id")).trim()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (path.equals("/") || path.equals("/index") || path.equals("/index.xhtml")) {
            return queries.publicListStamp();
        }
        return null;
    }

    /** Renders the page into memory; an answer that is not a plain 200 page is passed on and not kept. */
    private static Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                               String stamp) throws IOException, ServletException {
        var capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        if (capture.handedOver) {
            // An error page or a redirect was sent to the client directly: nothing to add, nothing to keep
            return null;
        }
        if (capture.status != HttpServletResponse.SC_OK || capture.contentType == null
                || !capture.contentType.startsWith("text/html") || request.getSession(false) != null) {
            response.setStatus(capture.status);
            if (capture.contentType != null) {
                response.setContentType(capture.contentType);
            }
            response.getOutputStream().write(body);
            return null;
        }
        String etag = "\"" + Integer.toHexString((stamp + "|" + request.getQueryString()).hashCode())
                + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        return new Page(stamp, capture.contentType, body, etag);
    }

    private synchronized Page get(String key) {
        return pages.get(key);
    }

    private synchronized void put(String key, Page page) {
        Page old = pages.put(key, page);
        bytes += page.body().length - (old == null ? 0 : old.body().length);
        var eldest = pages.entrySet().iterator();
        while ((pages.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    static String withoutLanguage(String query) {
        if (query == null) {
            return "";
        }
        var kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (!pair.startsWith("lang=") && !pair.isEmpty()) {
                kept.append(kept.isEmpty() ? "" : "&").append(pair);
            }
        }
        return kept.toString();
    }

    /** Collects what the page writes, with its status and content type. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        private int status = SC_OK;
        private String contentType;
        private boolean handedOver;

        Capture(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            handedOver = true;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            handedOver = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            handedOver = true;
            super.sendRedirect(location);
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
            super.setContentType(type);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        // written synchronously into memory
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public void flushBuffer() {
            // nothing reaches the client until the page is complete
        }
    }
}
