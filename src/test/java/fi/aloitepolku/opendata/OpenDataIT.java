package fi.aloitepolku.opendata;

import static fi.aloitepolku.testsupport.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Open data v1: stable keyset pages, cheap polling, CORS for any page, CSV, and no personal data anywhere. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenDataIT {

    static final String[] AGENT = Http.join(Http.basic("aino", "aloitepolku"), new String[] {"Accept", "application/json"});
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    Http http() {
        return new Http(base);
    }

    long register(String title, String initiator, boolean namePublic, LocalDate received) {
        var created = http().post("api/initiatives", """
                {"municipalityId": 1, "title": "%s", "proposal": "Ehdotus.", "channel": "EMAIL", "publicity": "PUBLIC", "signatoryCount": 1,
                 "receivedOn": "%s", "initiatorName": "%s", "initiatorEmail": "salainen.osoite@example.com",
                 "initiatorPhone": "040 765 4321", "initiatorNamePublic": %s}"""
                .formatted(title, received, initiator, namePublic), AGENT);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    @Test
    void pagesStayStableWhenNewInitiativesArrive() {
        List<Long> seen = new ArrayList<>();
        var first = json(http().get("api/v1/initiatives?limit=3"));
        first.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> seen.add(i.getJsonNumber("id").longValue()));
        String cursor = first.getString("next");
        // A new initiative arrives between the pages: it goes before the first page, not into the next one
        long newcomer = register("Tulokas sivujen välissä", "Tuomas Tulokas", false, TODAY);
        while (cursor != null) {
            var page = json(http().get("api/v1/initiatives?limit=3&cursor=" + cursor));
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> seen.add(i.getJsonNumber("id").longValue()));
            cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no initiative twice");
        assertFalse(seen.contains(newcomer), "the newcomer did not push an old one onto the next page twice");
        assertTrue(seen.size() >= 13);
    }

    @Test
    void anUnchangedListOrInitiativeIsA304AndAChangeIsNot() {
        var list = http().get("api/v1/initiatives?limit=5&municipality=1");
        String etag = list.headers().firstValue("ETag").orElseThrow();
        assertTrue(list.headers().firstValue("Last-Modified").isPresent());
        assertEquals(304, http().get("api/v1/initiatives?limit=5&municipality=1", "If-None-Match", etag).statusCode());
        assertEquals("no-cache", list.headers().firstValue("Cache-Control").orElse(""), "kept, but revalidated");
        assertEquals(200, http().get("api/v1/initiatives?limit=6&municipality=1", "If-None-Match", etag).statusCode(),
                "another question, another answer");

        long id = register("Pollattava aloite", "Piia Pollaaja", false, TODAY);
        var one = http().get("api/v1/initiatives/" + id);
        String oneTag = one.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http().get("api/v1/initiatives/" + id, "If-None-Match", oneTag).statusCode());
        assertEquals(200, http().get("api/v1/initiatives?limit=5&municipality=1", "If-None-Match", etag).statusCode(),
                "a new initiative changed the list");
        long version = json(http().get("api/initiatives/" + id)).getJsonNumber("version").longValue();
        assertEquals(200, http().post("api/initiatives/" + id + "/transitions", """
                {"transition": "ACCEPT", "comment": "Ok", "commentPublic": true, "version": %d}""".formatted(version),
                AGENT).statusCode());
        assertEquals(200, http().get("api/v1/initiatives/" + id, "If-None-Match", oneTag).statusCode());
    }

    @Test
    void anyPageMayReadItButNotTheStaffApi() {
        var answer = http().get("api/v1/initiatives?limit=1", "Origin", "https://kehittaja.example");
        assertEquals("*", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(answer.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));
        var preflight = http().send(http().request("api/v1/initiatives", "Origin", "https://kehittaja.example",
                "Access-Control-Request-Method", "GET").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(preflight.statusCode() < 300, "preflight " + preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        var staff = http().get("api/initiatives?limit=1", "Origin", "https://kehittaja.example");
        assertTrue(staff.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS outside /api/v1");
    }

    @Test
    void noPersonalDataInAnyField() {
        long hidden = register("Yksityinen aloittaja", "Salainen Sukunimi", false, TODAY);
        long named = register("Nimellä tehty aloite", "Julkinen Nimi", true, TODAY);
        for (String path : new String[] {"api/v1/initiatives?limit=100", "api/v1/initiatives/" + hidden,
            "api/v1/initiatives/" + named, "api/v1/initiatives.csv?limit=100", "api/v1/councils"}) {
            var body = http().get(path).body();
            assertFalse(body.contains("Salainen Sukunimi"), path);
            assertFalse(body.contains("salainen.osoite"), path);
            assertFalse(body.contains("765 4321"), path);
        }
        var detail = json(http().get("api/v1/initiatives/" + named));
        assertEquals("Julkinen Nimi", detail.getString("initiatorName"), "a name the initiator chose to show");
        assertTrue(detail.containsKey("timeline") && detail.containsKey("hearings"));
    }

    @Test
    void csvAndBadInput() {
        var csv = http().get("api/v1/initiatives.csv?limit=100&municipality=1");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        var lines = csv.body().split("\r\n");
        assertEquals("id,title,status,received_on,municipality_id,municipality_fi,municipality_sv", lines[0]);
        assertTrue(csv.body().contains("\"Katuvalot Väinölän kevyen liikenteen väylälle\""), csv.body());

        for (String bad : new String[] {"status=LOST", "theme=NONE", "cursor=@@@", "limit=0", "year=abc"}) {
            var refused = http().get("api/v1/initiatives?" + bad);
            assertEquals(400, refused.statusCode(), bad);
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"), bad);
        }
        assertEquals(404, http().get("api/v1/initiatives/999999").statusCode());
    }

    /**
     * A fixed data set in a municipality of its own, with the figures worked out by hand: four initiatives received
     * in 2025 (one more at the end of 2024, outside the period), three decided after 10, 20 and 60 days.
     */
    @Test
    void statisticsMatchHandComputedFigures() throws Exception {
        long m;
        try (var db = java.sql.DriverManager.getConnection(System.getProperty("app.test.dbUrl"), "root", "");
             var s = db.createStatement()) {
            s.executeUpdate("insert into municipality (code, name_fi, name_sv) values ('998', 'Tilastola', 'Statistikby')");
            try (var rs = s.executeQuery("select id from municipality where code = '998'")) {
                rs.next();
                m = rs.getLong(1);
            }
            String[][] cases = {
                {"A", "2025-01-10", "EMAIL", "'TRAFFIC'", "DECIDED", "2025-01-20 10:00:00"},
                {"B", "2025-01-15", "EMAIL", "'YOUTH'", "DECIDED", "2025-03-16 10:00:00"},
                {"C", "2025-02-01", "PAPER", "null", "CLOSED", "2025-02-21 10:00:00"},
                {"D", "2025-03-05", "PAPER", "'TRAFFIC'", "IN_PREPARATION", null},
                {"E", "2024-12-31", "EMAIL", "'TRAFFIC'", "DECIDED", "2025-01-05 10:00:00"}};
            for (String[] c : cases) {
                s.executeUpdate("insert into initiative (municipality_id, title, proposal, channel, theme, signatory_count, "
                        + "received_on, status, created_at, updated_at) values (" + m + ", 'Tilasto " + c[0] + "', 'x', '"
                        + c[2] + "', " + c[3] + ", 1, '" + c[1] + "', '" + c[4] + "', now(), now())");
                if (c[5] != null) {
                    s.executeUpdate("insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry, "
                            + "status_after) select id, '" + c[5] + "', 'aino', 'STATUS_CHANGED', 'x', true, 'DECIDED' "
                            + "from initiative where title = 'Tilasto " + c[0] + "'");
                }
            }
            // C was closed after its decision: the first decided status counts
            s.executeUpdate("insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry, "
                    + "status_after) select id, '2025-05-01 10:00:00', 'aino', 'STATUS_CHANGED', 'x', true, 'CLOSED' "
                    + "from initiative where title = 'Tilasto C'");
            s.executeUpdate("insert into case_deadline (initiative_id, kind, due_on, met_on) select id, 'STATUTORY_COUNCIL', "
                    + "'2025-07-10', '2025-01-20' from initiative where title = 'Tilasto A'");
            s.executeUpdate("insert into case_deadline (initiative_id, kind, due_on, met_on) select id, 'DECISION', "
                    + "'2025-02-14', '2025-03-16' from initiative where title = 'Tilasto B'");
            s.executeUpdate("insert into case_deadline (initiative_id, kind, due_on, met_on) select id, 'DECISION', "
                    + "'2025-03-01', '2025-02-21' from initiative where title = 'Tilasto C'");
        }
        var f = json(http().get("api/v1/statistics?municipality=" + m + "&from=2025-01-01&to=2025-12-31"));
        assertEquals(4, f.getInt("received"));
        assertEquals(3, f.getInt("decided"));
        assertEquals(20.0, f.getJsonNumber("medianDaysToDecision").doubleValue());
        assertEquals(60.0, f.getJsonNumber("p90DaysToDecision").doubleValue());
        assertEquals("{\"2025-01\":2,\"2025-02\":1,\"2025-03\":1}", f.getJsonObject("perMonth").toString());
        assertEquals(2, f.getJsonObject("byChannel").getInt("EMAIL"));
        assertEquals(2, f.getJsonObject("byChannel").getInt("PAPER"));
        assertEquals(2, f.getJsonObject("byTheme").getInt("TRAFFIC"));
        assertEquals(1, f.getJsonObject("byTheme").getInt("-"));
        assertEquals(2, f.getJsonObject("byStatus").getInt("DECIDED"));
        assertEquals(1, f.getInt("statutoryDue"));
        assertEquals(1, f.getInt("statutoryMet"));
        assertEquals(2, f.getInt("ownTargetDue"));
        assertEquals(1, f.getInt("ownTargetMet"));
        assertEquals(0, f.getInt("hearings"));

        var csv = http().get("api/v1/statistics.csv?municipality=" + m + "&from=2025-01-01&to=2025-12-31").body();
        assertTrue(csv.contains("median_days_to_decision,,20.0\r\n"), csv);
        assertTrue(csv.contains("by_theme,TRAFFIC,2\r\n"), csv);

        var page = http().get("statistics?municipality=" + m + "&from=2025-01-01&to=2025-12-31&lang=fi").body();
        assertTrue(page.contains("<dd id=\"received\">4</dd>"), "the public page shows the same figures");
        assertEquals(400, http().get("api/v1/statistics?from=2025-12-31&to=2025-01-01").statusCode());
        assertEquals(400, http().get("api/v1/statistics?from=yesterday").statusCode());
    }

    java.net.http.HttpResponse<byte[]> bytes(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(http().request(path).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The council's report: the demo's Pori initiatives of 2026, read back from the PDF with PDFBox. */
    @Test
    void theAnnualReportPdfAndPageListTheInitiativesWithTheirDecisions() throws Exception {
        var pdf = bytes("api/v1/annual-report.pdf?municipality=1&from=2026-01-01&to=2026-12-31&lang=fi");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertEquals("fi", document.getDocumentCatalog().getLanguage());
        }
        assertTrue(text.contains("Aloitteet valtuustolle: Pori"), text);
        assertTrue(text.contains("Katuvalot Väinölän kevyen liikenteen väylälle"), text);
        assertTrue(text.contains("Kirjaston aukioloajat iltaan"), text);
        assertTrue(text.contains("Päätös:"), "decision citations are in the report");
        assertFalse(text.contains("Kankaanpään torin"), "another municipality's initiative is not");
        assertFalse(text.contains("Roska-astioita Kallioon"), "received in 2025, outside the period");

        var sv = bytes("api/v1/annual-report.pdf?municipality=1&from=2026-01-01&to=2026-12-31&lang=sv");
        try (var document = org.apache.pdfbox.Loader.loadPDF(sv.body())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(document).contains("Initiativ till fullmäktige: Björneborg"));
        }
        var page = http().get("annual-report?municipality=1&from=2026-01-01&to=2026-12-31&lang=fi").body();
        assertTrue(page.contains("Katuvalot Väinölän kevyen liikenteen väylälle"));
        assertEquals(400, http().get("api/v1/annual-report.pdf?municipality=1&from=2026-12-31&to=2026-01-01").statusCode());
        assertEquals(404, http().get("api/v1/annual-report.pdf?municipality=999").statusCode());
    }
}
