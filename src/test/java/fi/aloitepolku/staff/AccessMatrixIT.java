package fi.aloitepolku.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, to which municipality's case: every JAX-RS route (found by reflection over the built classes)
 * and every staff page (found in the web app's folder) is tried by six callers on a case of Pori (A): anonymous,
 * Pori's preparer, Pori's agent, an agent of Kankaanpää only (B), an administrator of Pori only and the
 * deployment's administrator. A route or page with no expectation below fails the test, so a new one cannot
 * slip in unguarded.
 *
 * <p>Each expectation is six letters, one per caller in that order: {@code A} allowed (any answer but 401, 403
 * or 404), {@code a} allowed where the route's own item may not exist (404 accepted too), {@code U} 401 (pages:
 * sent to the login page), {@code F} 403, {@code N} 404 (the case, or the thing, does not exist for them).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    static final String PASSWORD = "aloitepolku";
    static final String[] CALLERS = {"anonymous", "pekka", "aino", "matrix_agent_b", "matrix_admin_a", "admin"};

    /** Roles at a glance. */
    static final String PUBLIC = "AAAAAA";
    static final String STAFF = "UAAAAA";
    static final String CASE_READ = "UAANAA";
    static final String CASE_MANAGE = "UFANAA";
    static final String MANAGERS = "UFAAAA";
    static final String ADMINS = "UFFFAA";
    static final String DEPLOYMENT = "UFFFFA";

    static final Map<String, String> ROUTES = new LinkedHashMap<>();
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        // Open data, feeds, calendars and the residents' reads: everybody
        for (String r : List.of("GET /api/v1/initiatives", "GET /api/v1/initiatives.csv", "GET /api/v1/initiatives/{id}",
                "GET /api/v1/councils", "GET /api/v1/statistics", "GET /api/v1/statistics.csv",
                "GET /api/v1/annual-report.pdf", "GET /api/feeds/initiative/{id}.atom",
                "GET /api/feeds/municipality/{id}.atom", "GET /api/calendar/municipality/{code}.ics",
                "GET /api/calendar/initiative/{id}.ics", "GET /api/initiatives", "GET /api/initiatives/{id}",
                "GET /api/municipalities/{id}/districts")) {
            ROUTES.put(r, PUBLIC);
        }
        ROUTES.put("GET /api/initiatives/{id}/decision", "aaaaaa"); // public; the case has no decision yet
        ROUTES.put("POST /api/initiatives", MANAGERS);
        ROUTES.put("PUT /api/initiatives/{id}", CASE_MANAGE);
        ROUTES.put("GET /api/initiatives/{id}/events", CASE_READ);
        ROUTES.put("GET /api/initiatives/{id}/transitions", CASE_READ);
        ROUTES.put("POST /api/initiatives/{id}/transitions", CASE_READ);
        ROUTES.put("GET /api/initiatives/{id}/initiator-messages", CASE_READ);
        ROUTES.put("POST /api/initiatives/{id}/initiator-messages", CASE_MANAGE);
        ROUTES.put("GET /api/initiatives/{id}/steps", CASE_READ);
        ROUTES.put("PUT /api/initiatives/{id}/steps/{stepId}", CASE_READ);
        ROUTES.put("GET /api/initiatives/{id}/agent", CASE_READ);
        ROUTES.put("PUT /api/initiatives/{id}/agent", CASE_MANAGE);
        ROUTES.put("GET /api/initiatives/{id}/clocks", CASE_READ);
        ROUTES.put("GET /api/initiatives/{id}/publication", CASE_READ);
        ROUTES.put("POST /api/initiatives/{id}/publication", CASE_MANAGE);
        ROUTES.put("GET /api/admin/access-log", ADMINS);
        ROUTES.put("POST /api/initiatives/{id}/decision", CASE_READ);
        ROUTES.put("PUT /api/initiatives/{id}/decision", CASE_READ);
        ROUTES.put("DELETE /api/initiatives/{id}/decision", CASE_READ);
        for (String part : List.of("hearings/{hearingId}", "statement-requests/{requestId}")) {
            String list = "/api/initiatives/{id}/" + part.substring(0, part.indexOf('/'));
            ROUTES.put("GET " + list, CASE_READ);
            ROUTES.put("POST " + list, CASE_READ);
            ROUTES.put("GET /api/initiatives/{id}/" + part, CASE_READ);
            ROUTES.put("PUT /api/initiatives/{id}/" + part, CASE_READ);
            ROUTES.put("DELETE /api/initiatives/{id}/" + part, CASE_READ);
        }
        ROUTES.put("GET /api/councils", STAFF);
        ROUTES.put("POST /api/councils", MANAGERS);
        ROUTES.put("GET /api/councils/{id}", CASE_READ);
        ROUTES.put("GET /api/councils/{id}/statement-requests", CASE_READ);
        ROUTES.put("PUT /api/councils/{id}", CASE_MANAGE);
        ROUTES.put("DELETE /api/councils/{id}", CASE_MANAGE);
        ROUTES.put("GET /api/councils/overdue-by-agent", MANAGERS);
        ROUTES.put("GET /api/councils/overdue-by-agent/{agentId}", MANAGERS);
        ROUTES.put("GET /api/agents", STAFF);
        ROUTES.put("GET /api/agents/{id}", CASE_READ);
        ROUTES.put("PUT /api/agents/{id}/coverage", ADMINS);
        ROUTES.put("POST /api/agents/{id}/absences", "UFAFAA");
        ROUTES.put("DELETE /api/agents/{id}/absences/{absenceId}", "UFaFaa");
        ROUTES.put("GET /api/workload", MANAGERS);
        ROUTES.put("GET /api/workload/agents/{id}/deadlines", "UFAFAA");
        ROUTES.put("POST /api/admin/reminder-runs", DEPLOYMENT);
        ROUTES.put("GET /api/admin/outbox", DEPLOYMENT);
        ROUTES.put("POST /api/admin/outbox/deliveries", DEPLOYMENT);
        ROUTES.put("POST /api/admin/outbox/{id}/retry", "UFFFFa");
        ROUTES.put("POST /api/admin/outbox/test-message", DEPLOYMENT);
        // Personal data of an address: its municipality's administrators; retention runs serve every municipality
        ROUTES.put("GET /api/admin/personal-data", ADMINS);
        ROUTES.put("POST /api/admin/personal-data/erasures", ADMINS);
        ROUTES.put("GET /api/admin/personal-data/requests", ADMINS);
        ROUTES.put("POST /api/admin/retention-runs", DEPLOYMENT);
        ROUTES.put("GET /api/notifications", STAFF);
        ROUTES.put("POST /api/notifications/{id}/read", "Uaaaaa");
        ROUTES.put("POST /api/notifications/read-all", STAFF);
        ROUTES.put("GET /api/municipalities/{id}/settings", "UAANAA");
        ROUTES.put("PUT /api/municipalities/{id}/settings", ADMINS);
        ROUTES.put("POST /api/municipalities/{id}/districts", ADMINS);
        ROUTES.put("POST /api/intake/kuntalaisaloite/imports", MANAGERS);
        ROUTES.put("GET /api/submissions", MANAGERS);
        ROUTES.put("GET /api/submissions/{id}", "UFANAA");
        for (String act : List.of("publish", "merge", "fix", "reject")) {
            ROUTES.put("POST /api/submissions/{id}/" + act, "UFANAA");
        }

        PAGES.put("staff/initiatives", STAFF);
        PAGES.put("staff/initiative-new", STAFF);
        PAGES.put("staff/initiative?id={case}", CASE_READ);
        PAGES.put("staff/step?case={case}&step={step}", CASE_READ);
        PAGES.put("staff/hearing?case={case}", CASE_READ);
        PAGES.put("staff/statement-request?case={case}", CASE_READ);
        PAGES.put("staff/decision?case={case}", CASE_READ);
        PAGES.put("staff/councils", STAFF);
        PAGES.put("staff/council?id={council}", CASE_READ);
        PAGES.put("staff/council-edit?id={council}", CASE_MANAGE);
        PAGES.put("staff/moderation", MANAGERS);
        PAGES.put("staff/import", MANAGERS);
        PAGES.put("staff/notifications", STAFF);
        PAGES.put("staff/statistics", STAFF);
        PAGES.put("staff/workload", STAFF);
        PAGES.put("staff/admin/agents", ADMINS);
        PAGES.put("staff/admin/agent?id={agent}", ADMINS);
        PAGES.put("staff/admin/municipalities", ADMINS);
        PAGES.put("staff/admin/municipality?id={municipality}", ADMINS);
        PAGES.put("staff/admin/outbox", DEPLOYMENT);
        PAGES.put("staff/admin/personal-data", ADMINS);
        PAGES.put("staff/admin/access-log", ADMINS);
        PAGES.put("staff/admin/templates", DEPLOYMENT);
        PAGES.put("staff/admin/template?id=1", DEPLOYMENT);
    }

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** The case of Pori and its parts that the routes' ids stand for. */
    Map<String, String> ids = new LinkedHashMap<>();

    @Test
    void everyRouteAndPageAnswersEachCallerAsExpected() throws Exception {
        var http = new Http(base);
        prepare(http);
        List<String> unexpected = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String route : routes()) {
            String expected = ROUTES.get(route);
            if (expected == null) {
                unexpected.add(route);
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = fill(route.substring(route.indexOf(' ') + 2));
            for (int c = 0; c < CALLERS.length; c++) {
                var response = call(http, method, path, c);
                check(route, c, expected.charAt(c), response.statusCode(), false, failures, response.body());
            }
        }
        for (String page : pages()) {
            String expected = PAGES.get(page);
            if (expected == null) {
                unexpected.add(page);
                continue;
            }
            for (int c = 0; c < CALLERS.length; c++) {
                var response = http.get(fill(page), headers(c));
                check(page, c, expected.charAt(c), response.statusCode(), true, failures, "");
            }
        }
        assertTrue(unexpected.isEmpty(), "routes and pages without an expectation: " + unexpected);
        assertTrue(failures.isEmpty(), failures.size() + " answers differ:\n" + String.join("\n", failures));
        // The table is not stale either: everything it names exists
        var known = new TreeSet<>(routes());
        known.addAll(pages());
        var stale = new TreeSet<>(ROUTES.keySet());
        stale.addAll(PAGES.keySet());
        stale.removeAll(known);
        assertTrue(stale.isEmpty(), "expectations for routes or pages that no longer exist: " + stale);
    }

    @Test
    void contactDetailsGoOnlyToTheCasesAgentAndPreparerAndTheMunicipalitysAdministrators() throws Exception {
        var http = new Http(base);
        prepare(http);
        String email = "yhteys." + System.nanoTime() + "@example.com";
        var created = http.post("api/initiatives", caseBody("Yhteystietojen näkyvyys", email, 1),
                headers(5, "Accept", "application/json"));
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        var assignee = Http.json(http.get("api/initiatives/" + id + "/agent", headers(5))).getString("agentName");
        String assigned = assignee.startsWith("Aino") ? "aino" : "ville";
        String other = assigned.equals("aino") ? "ville" : "aino";
        assertTrue(page(http, id, assigned).contains(email), "the case's agent sees the initiator's e-mail");
        assertTrue(page(http, id, "matrix_admin_a").contains(email), "Pori's administrator sees it");
        assertFalse(page(http, id, other).contains(email), "another agent of Pori does not");
        assertFalse(page(http, id, "pekka").contains(email), "a preparer who does not prepare the case does not");
        assertEquals(404, http.get("staff/initiative?id=" + id, basic("matrix_agent_b")).statusCode());
    }

    @Test
    void aCaseCannotBeRegisteredMovedOrMergedOutsideTheAccountsMunicipalities() throws Exception {
        var http = new Http(base);
        prepare(http);
        String[] aino = Http.join(basic("aino"), new String[] {"Accept", "application/json", "Accept-Language", "en"});
        var elsewhere = http.post("api/initiatives", caseBody("Ainon Kankaanpää", "x@example.com", 2), aino);
        assertEquals(400, elsewhere.statusCode(), elsewhere.body());
        assertTrue(elsewhere.body().contains("municipalityId"), elsewhere.body());

        var fresh = http.post("api/initiatives", caseBody("Ainon oma", "z@example.com", 1), aino);
        assertEquals(201, fresh.statusCode(), fresh.body());
        long mine = Http.json(fresh).getJsonNumber("id").longValue();
        var current = Http.json(http.get("api/initiatives/" + mine));
        var moved = http.put("api/initiatives/" + mine, """
                {"version": %d, "municipalityId": 2, "title": "Siirto", "proposal": "Ehdotus.", "channel": "EMAIL", "publicity": "PUBLIC",
                 "signatoryCount": 1, "receivedOn": "%s", "initiatorName": "Testaaja"}""".formatted(
                current.getJsonNumber("version").longValue(), today()), aino);
        assertEquals(400, moved.statusCode(), moved.body());
        assertTrue(moved.body().contains("municipalityId"), moved.body());

        var theirs = http.post("api/initiatives", caseBody("Kankaanpään oma", "y@example.com", 2),
                headers(3, "Accept", "application/json"));
        assertEquals(201, theirs.statusCode(), theirs.body());
        long theirId = Http.json(theirs).getJsonNumber("id").longValue();
        var version = Http.json(http.get("api/initiatives/" + mine)).getJsonNumber("version").longValue();
        var merged = http.post("api/initiatives/" + mine + "/transitions", """
                {"transition": "MERGE", "comment": "Sama asia", "mergeInto": %d, "version": %d}""".formatted(theirId, version),
                aino);
        assertEquals(400, merged.statusCode(), merged.body());
        assertTrue(merged.body().contains("mergeInto"), merged.body());

        // Nor does Kankaanpää's case show in Aino's list
        var list = http.get("staff/initiatives", basic("aino"));
        assertFalse(list.body().contains("Kankaanpään oma"), "another municipality's case is not listed");
        assertTrue(http.get("staff/initiatives", basic("matrix_agent_b")).body().contains("Kankaanpään oma"));
    }

    private String page(Http http, long id, String user) {
        var response = http.get("staff/initiative?id=" + id, basic(user));
        assertEquals(200, response.statusCode(), user);
        return response.body();
    }

    private void check(String what, int caller, char expected, int status, boolean page, List<String> failures,
                       String body) {
        boolean ok = switch (expected) {
            case 'A' -> status != 401 && status != 403 && status != 404 && status < 500;
            case 'a' -> status != 401 && status != 403 && status < 500;
            case 'U' -> page ? status == 302 : status == 401;
            case 'F' -> status == 403;
            case 'N' -> status == 404;
            default -> throw new IllegalArgumentException(String.valueOf(expected));
        };
        if (!ok) {
            failures.add(what + " as " + CALLERS[caller] + ": expected " + expected + ", got " + status + " "
                    + body.substring(0, Math.min(160, body.length())).replace('\n', ' '));
        }
    }

    private HttpResponse<String> call(Http http, String method, String path, int caller) {
        String[] h = headers(caller, "Accept", "application/json");
        return switch (method) {
            case "GET" -> http.get(path, h);
            case "POST" -> http.post(path, "{}", h);
            case "PUT" -> http.put(path, "{}", h);
            case "DELETE" -> http.send(http.request(path, h).DELETE());
            default -> throw new IllegalArgumentException(method);
        };
    }

    private String[] headers(int caller, String... more) {
        return caller == 0 ? more : Http.join(basic(CALLERS[caller]), more);
    }

    private static String[] basic(String user) {
        return Http.basic(user, PASSWORD);
    }

    private String fill(String template) {
        String path = template.replaceFirst("^/", "");
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "id" -> path.startsWith("api/agents") || path.startsWith("api/workload") ? ids.get("agent")
                        : path.startsWith("api/councils") ? ids.get("council")
                        : path.startsWith("api/municipalities") ? ids.get("municipality")
                        : path.startsWith("api/submissions") ? ids.get("submission")
                        : path.startsWith("api/admin/outbox") || path.startsWith("api/notifications") ? "999999999"
                        : ids.get("case");
                case "stepId", "step" -> ids.get("step");
                case "hearingId" -> ids.get("hearing");
                case "requestId" -> ids.get("request");
                case "agentId" -> ids.get("agent");
                case "absenceId" -> "999999999";
                case "code" -> "609";
                default -> ids.get(name);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "0" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every route the API has, as "METHOD /api/path", from the resource classes the build produced. */
    static List<String> routes() throws Exception {
        var root = java.nio.file.Path.of("target", "classes");
        List<String> routes = new ArrayList<>();
        try (var files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class") && f.toString().contains("/api/")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, AccessMatrixIT.class.getClassLoader());
                Path onClass = type.getAnnotation(Path.class);
                if (onClass == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class)
                            ? "POST" : method.isAnnotationPresent(PUT.class) ? "PUT"
                            : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    if (verb == null) {
                        continue;
                    }
                    Path onMethod = method.getAnnotation(Path.class);
                    String path = ("/api/" + onClass.value() + "/" + (onMethod == null ? "" : onMethod.value()))
                            .replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                    routes.add(verb + " " + path);
                }
            }
        }
        return routes;
    }

    /** Every staff page, as its path with the parameters the table gives it (the table's key). */
    List<String> pages() throws Exception {
        var root = java.nio.file.Path.of("src", "main", "webapp");
        List<String> pages = new ArrayList<>();
        try (var files = Files.walk(root.resolve("staff"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String path = root.relativize(file).toString().replaceAll("\\.xhtml$", "");
                pages.add(PAGES.keySet().stream().filter(k -> k.equals(path) || k.startsWith(path + "?")).findFirst()
                        .orElse(path));
            }
        }
        return pages;
    }

    /** Accounts of the matrix, and a case of Pori with a step, a hearing, a statement request and a submission. */
    private void prepare(Http http) throws Exception {
        if (!ids.isEmpty()) {
            return;
        }
        try (var db = DriverManager.getConnection(System.getProperty("app.test.dbUrl"), "root", "")) {
            for (String[] account : new String[][] {{"matrix_agent_b", "AGENT", "214"}, {"matrix_admin_a", "ADMIN", "609"}}) {
                try (var s = db.prepareStatement("insert ignore into staff_user (username, display_name, email, password_hash, "
                        + "active, all_municipalities, created_at) select ?, ?, ?, password_hash, true, false, now() "
                        + "from staff_user where username = 'admin'")) {
                    s.setString(1, account[0]);
                    s.setString(2, "Matrix " + account[0]);
                    s.setString(3, account[0] + "@example.fi");
                    s.executeUpdate();
                }
                try (var s = db.prepareStatement("insert ignore into staff_user_role (staff_user_id, role) "
                        + "select id, ? from staff_user where username = ?")) {
                    s.setString(1, account[1]);
                    s.setString(2, account[0]);
                    s.executeUpdate();
                }
                try (var s = db.prepareStatement("insert ignore into agent_municipality (staff_user_id, municipality_id) "
                        + "select u.id, m.id from staff_user u, municipality m where u.username = ? and m.code = ?")) {
                    s.setString(1, account[0]);
                    s.setString(2, account[2]);
                    s.executeUpdate();
                }
            }
            ids.put("municipality", scalar(db, "select id from municipality where code = '609'"));
            ids.put("agent", scalar(db, "select id from staff_user where username = 'aino'"));
            ids.put("council", scalar(db, "select min(c.id) from council c join council_municipality cm on cm.council_id = c.id "
                    + "join municipality m on m.id = cm.municipality_id where m.code = '609' and not exists (select 1 from "
                    + "council_municipality o join municipality om on om.id = o.municipality_id where o.council_id = c.id "
                    + "and om.code <> '609')"));
            try (var s = db.prepareStatement("insert into submission (municipality_id, title, proposal, submitter_name, "
                    + "submitter_email, language, state, token_hash, client_hash, submitted_at) values (?, 'Matriisin ehdotus', "
                    + "'Ehdotus.', 'Asukas', 'asukas@example.com', 'fi', 'PENDING', sha2(?, 256), sha2('x', 256), now())",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, ids.get("municipality"));
                s.setString(2, "matrix" + System.nanoTime());
                s.executeUpdate();
                try (var keys = s.getGeneratedKeys()) {
                    keys.next();
                    ids.put("submission", keys.getString(1));
                }
            }
        }
        String[] admin = headers(5, "Accept", "application/json");
        var created = http.post("api/initiatives", caseBody("Matriisin asia", "matriisi@example.com", 1), admin);
        assertEquals(201, created.statusCode(), created.body());
        String caseId = String.valueOf(Http.json(created).getJsonNumber("id").longValue());
        ids.put("case", caseId);
        long version = Http.json(http.get("api/initiatives/" + caseId)).getJsonNumber("version").longValue();
        var accepted = http.post("api/initiatives/" + caseId + "/transitions",
                "{\"transition\": \"ACCEPT\", \"comment\": \"Ok\", \"version\": " + version + "}", admin);
        assertEquals(200, accepted.statusCode(), accepted.body());
        var steps = Http.json(http.get("api/initiatives/" + caseId + "/steps", admin)).getJsonArray("steps");
        ids.put("step", String.valueOf(steps.getJsonObject(0).getJsonNumber("id").longValue()));
        var hearing = http.post("api/initiatives/" + caseId + "/hearings", """
                {"kind": "RESIDENT_EVENT", "title": "Asukasilta", "startsAt": "2026-12-10T18:00",
                 "endsAt": "2026-12-10T20:00", "place": "Kirjasto"}""", admin);
        assertEquals(201, hearing.statusCode(), hearing.body());
        ids.put("hearing", String.valueOf(Http.json(hearing).getJsonNumber("id").longValue()));
        var request = http.post("api/initiatives/" + caseId + "/statement-requests", """
                {"councilId": %s, "requestedOn": "%s", "deadline": "%s"}""".formatted(ids.get("council"), today(),
                LocalDate.parse(today()).plusDays(30)), admin);
        assertEquals(201, request.statusCode(), request.body());
        ids.put("request", String.valueOf(Http.json(request).getJsonNumber("id").longValue()));
    }

    private static String scalar(java.sql.Connection db, String sql) throws Exception {
        try (var s = db.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static String caseBody(String title, String email, long municipality) {
        return """
                {"municipalityId": %d, "title": "%s", "proposal": "Ehdotus.", "channel": "EMAIL", "publicity": "PUBLIC",
                 "signatoryCount": 1, "receivedOn": "%s", "initiatorName": "Testaaja", "initiatorEmail": "%s",
                 "initiatorPhone": "+358 40 111 2233"}""".formatted(municipality, title, today(), email);
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
    }
}
