package fi.aloitepolku.initiative;

import static fi.aloitepolku.testsupport.Http.basic;
import static fi.aloitepolku.testsupport.Http.join;
import static fi.aloitepolku.testsupport.Http.json;
import static fi.aloitepolku.testsupport.Http.jsonArray;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16: a confidential case appears nowhere public (lists, word search and its dictionary, the page, feeds,
 * calendars, open data, CSV, statistics' small cells), a case after screening appears when accepted or
 * published, and every staff view of a confidential case is logged for the administrators.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConfidentialityIT {

    static final String[] JSON = {"Accept", "application/json"};
    static final String[] AGENT = join(basic("aino", "aloitepolku"), JSON, new String[] {"Accept-Language", "fi"});
    static final String[] ADMIN = join(basic("admin", "aloitepolku"), JSON);
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

    static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("app.test.dbUrl"), "root", "");
    }

    long register(String title, String proposal, String channel, String publicityFields) {
        var created = http().post("api/initiatives", """
                {"municipalityId": 1, "title": "%s", "proposal": "%s", "channel": "%s", %s "signatoryCount": 3,
                 "receivedOn": "%s", "initiatorName": "Salla Salainen"}"""
                .formatted(title, proposal, channel, publicityFields, TODAY), AGENT);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    long count(String sql) throws SQLException {
        try (var db = database(); var s = db.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The bodies residents can fetch about municipality 1 (Pori, 609), each checked for the word. */
    void assertNowherePublic(long id, String word) throws SQLException {
        assertEquals(404, http().get("api/initiatives/" + id).statusCode());
        assertEquals(404, http().get("initiative?id=" + id + "&lang=fi").statusCode(), "the page is a 404 like an unknown one");
        assertEquals(404, http().get("api/v1/initiatives/" + id).statusCode());
        assertEquals(404, http().get("api/feeds/initiative/" + id + ".atom").statusCode());
        assertEquals(404, http().get("api/calendar/initiative/" + id + ".ics").statusCode());
        assertEquals(0, json(http().get("api/initiatives?q=" + word)).getJsonArray("items").size());
        // The search page repeats the words typed: it must find nothing
        var search = http().get("?q=" + word + "&lang=fi").body();
        assertFalse(search.contains("initiative?id=" + id + "&") || search.contains("initiative?id=" + id + "\""), search);
        for (String path : new String[] {"?lang=fi", "?municipality=1&lang=fi",
                "api/initiatives?limit=100", "api/initiatives?limit=100&sort=ACTIVITY", "api/v1/initiatives?limit=100",
                "api/v1/initiatives.csv?limit=100", "api/feeds/municipality/1.atom", "api/calendar/municipality/609.ics",
                "annual-report?municipality=1&from=" + TODAY.withDayOfYear(1) + "&to=" + TODAY + "&lang=fi"}) {
            var response = http().get(path);
            assertFalse(response.body().toLowerCase(Locale.ROOT).contains(word), path + " tells of the hidden case");
        }
        assertEquals(0, count("select count(*) from search_term where term like '" + word + "%'"),
                "the dictionary of words has none of the hidden case's");
        assertEquals(0, count("select count(*) from initiative_term where initiative_id = " + id));
    }

    @Test
    void aConfidentialCaseIsNowherePublicAndItsViewsAreLogged() throws SQLException {
        var missing = http().post("api/initiatives", """
                {"municipalityId": 1, "title": "Perusteeton", "proposal": "Teksti.", "channel": "EMAIL",
                 "publicity": "CONFIDENTIAL", "signatoryCount": 1, "receivedOn": "%s", "initiatorName": "X"}"""
                .formatted(TODAY), AGENT);
        assertEquals(400, missing.statusCode(), missing.body());
        assertEquals("confidentialGround", json(missing).getJsonArray("errors").getJsonObject(0).getString("field"));

        long id = register("Zorblaxqua-asia", "Kvorptilin terveydentila ja zorblaxqua.", "WORKING_GROUP",
                "\"publicity\": \"CONFIDENTIAL\", \"confidentialGround\": \"JULKL_24_1_25\", "
                        + "\"publicTitle\": \"Sosiaalihuollon asia\",");
        var hearing = http().post("api/initiatives/" + id + "/hearings", """
                {"kind": "RESIDENT_EVENT", "title": "Zorblaxqua-tilaisuus", "url": null, "startsAt": "2099-06-10T18:00",
                 "endsAt": "2099-06-10T19:30", "place": "Kvorptil-sali"}""", AGENT);
        assertEquals(201, hearing.statusCode(), hearing.body());
        assertNowherePublic(id, "zorblaxqua");
        assertNowherePublic(id, "kvorptil");

        // Statistics count it, but its working-group row (one case) has no count
        var figures = json(http().get("api/v1/statistics?municipality=1&from=" + TODAY + "&to=" + TODAY));
        assertTrue(figures.getJsonNumber("received").longValue() >= 1);
        assertTrue(figures.getJsonObject("byChannel").isNull("WORKING_GROUP"), figures.toString());
        assertTrue(http().get("api/v1/statistics.csv?municipality=1&from=" + TODAY + "&to=" + TODAY).body()
                .contains("by_channel,WORKING_GROUP,<5"));

        var state = json(http().get("api/initiatives/" + id + "/publication", AGENT));
        assertEquals("CONFIDENTIAL", state.getString("publicity"));
        assertEquals("JULKL_24_1_25", state.getString("confidentialGround"));
        assertEquals(200, http().get("staff/initiative?id=" + id, AGENT).statusCode());
        var log = jsonArray(http().get("api/admin/access-log", ADMIN)).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("initiativeId").longValue() == id).toList();
        assertEquals(2, log.size(), "the API read and the staff page: " + log);
        assertEquals("staff:case", log.getFirst().getString("view"));
        assertEquals("aino", log.getFirst().getString("username"));
        assertEquals(403, http().get("api/admin/access-log", AGENT).statusCode(), "administrators only");
        // The same log on the administrators' page, with a link to the case
        var page = http().get("staff/admin/access-log", basic("admin", "aloitepolku")).body();
        assertTrue(page.contains("staff/initiative?id=" + id + "\""), "the page lists the view of the case");
        // Kankaanpää's administrator sees nothing of Pori's confidential case
        assertFalse(http().get("staff/admin/access-log", basic("kaisa", "aloitepolku")).body()
                .contains("staff/initiative?id=" + id + "\""), "another municipality's administrator does not");
    }

    @Test
    void aCaseAfterScreeningAppearsWhenAcceptedOrPublished() throws SQLException {
        long accepted = register("Glimmerwortin penkit", "Penkkejä glimmerwort-puistoon.", "EMAIL", "");
        assertEquals("AFTER_SCREENING", json(http().get("api/initiatives/" + accepted + "/publication", AGENT))
                .getString("publicity"), "e-mail waits for screening by default");
        assertNowherePublic(accepted, "glimmerwort");
        String listStamp = http().get("api/v1/initiatives?limit=5").headers().firstValue("ETag").orElseThrow();
        long version = json(http().get("api/initiatives/" + accepted + "/publication", AGENT)).getJsonNumber("version").longValue();
        assertEquals(200, http().post("api/initiatives/" + accepted + "/transitions",
                "{\"transition\": \"ACCEPT\", \"comment\": \"ok\", \"version\": " + version + "}", AGENT).statusCode());
        assertEquals(200, http().get("api/initiatives/" + accepted).statusCode());
        assertEquals(accepted, json(http().get("api/initiatives?q=glimmerwort")).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue(), "its words entered the index when it became public");
        assertFalse(listStamp.equals(http().get("api/v1/initiatives?limit=5").headers().firstValue("ETag").orElseThrow()),
                "the lists' caches noticed");
        var log = jsonArray(http().get("api/initiatives/" + accepted + "/events?limit=5", AGENT));
        assertTrue(log.toString().contains("PUBLICITY_CHANGED"), log.toString());

        long published = register("Snorkelvatin valot", "Valot snorkelvat-tielle.", "PAPER", "");
        assertNowherePublic(published, "snorkelvat");
        version = json(http().get("api/initiatives/" + published + "/publication", AGENT)).getJsonNumber("version").longValue();
        var done = http().post("api/initiatives/" + published + "/publication",
                "{\"publicity\": \"PUBLIC\", \"version\": " + version + "}", AGENT);
        assertEquals(200, done.statusCode(), done.body());
        assertEquals(200, http().get("initiative?id=" + published + "&lang=fi").statusCode());
        assertEquals(409, http().post("api/initiatives/" + published + "/publication",
                "{\"publicity\": \"PUBLIC\", \"version\": " + version + "}", AGENT).statusCode(), "a stale version");

        // Marked confidential later: gone again, its words out of the index and the dictionary
        version = json(http().get("api/initiatives/" + published + "/publication", AGENT)).getJsonNumber("version").longValue();
        assertEquals(200, http().post("api/initiatives/" + published + "/publication",
                "{\"publicity\": \"CONFIDENTIAL\", \"confidentialGround\": \"JULKL_24_1_32\", \"version\": " + version + "}",
                AGENT).statusCode());
        assertNowherePublic(published, "snorkelvat");
    }

    /** A crawl of the residents' site from its front page finds no trace of a confidential case. */
    @Test
    void aCrawlFromTheFrontPageNeverMeetsAConfidentialCase() throws SQLException {
        long id = register("Quibbletonin asia", "Quibbleton ja sen asiakkuus.", "KUNTALAISALOITE_FI",
                "\"publicity\": \"CONFIDENTIAL\", \"confidentialGround\": \"JULKL_24_1_23\",");
        var href = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
        var root = http().uri("");
        var queue = new ArrayDeque<URI>();
        var seen = new HashSet<String>();
        queue.add(root);
        seen.add(root.toString());
        int pages = 0;
        while (!queue.isEmpty() && pages < 300) {
            URI uri = queue.poll();
            var response = http().send(java.net.http.HttpRequest.newBuilder(uri).GET());
            pages++;
            String body = response.body();
            assertFalse(body.toLowerCase(Locale.ROOT).contains("quibbleton"), uri + " tells of the hidden case");
            assertFalse(body.contains("initiative?id=" + id + "\"") || body.contains("initiative?id=" + id + "&"),
                    uri + " links to the hidden case");
            var m = href.matcher(body);
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (link.startsWith("mailto:") || link.startsWith("#") || link.contains("/staff") || link.contains("login")) {
                    continue;
                }
                URI next;
                try {
                    next = uri.resolve(link);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (next.getHost() != null && next.getHost().equals(root.getHost()) && next.getPort() == root.getPort()
                        && seen.add(next.toString().replaceAll("#.*$", ""))) {
                    queue.add(next);
                }
            }
        }
        assertTrue(pages > 20, "the crawl found the site's pages: " + pages);
    }
}
