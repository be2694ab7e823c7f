package fi.aloitepolku.platform.persistence;

import static fi.aloitepolku.testsupport.Http.basic;
import static fi.aloitepolku.testsupport.Http.join;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Query budgets: the SQL statements one request costs, counted by the database itself (its global
 * {@code Questions} counter; nothing else talks to the test database meanwhile). A page must cost the same
 * whether it shows 5 rows or 50, and whether its case has 5 log entries or 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryBudgetIT {

    static final String[] AGENT = join(basic("aino", "aloitepolku"), new String[] {"Accept", "application/json"});

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

    static long questions(Connection db) throws SQLException {
        try (var s = db.createStatement(); var rs = s.executeQuery("show global status like 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    /**
     * Statements the database ran for one request, warmed up first as a server in use is. The least of three
     * runs: the pool may validate a connection (at most every 30 s), which is not the page's cost.
     */
    long statements(String path, String... headers) throws SQLException {
        assertEquals(200, http().get(path, headers).statusCode(), path);
        long least = Long.MAX_VALUE;
        try (var db = database()) {
            for (int run = 0; run < 3; run++) {
                long before = questions(db);
                var response = http().get(path, headers);
                long after = questions(db);
                assertEquals(200, response.statusCode(), path);
                least = Math.min(least, after - before - 1);
            }
        }
        return least;
    }

    /** The same, for a page rendered afresh: a query parameter the page ignores keeps it out of the page cache. */
    long renderStatements(String path) throws SQLException {
        long least = Long.MAX_VALUE;
        try (var db = database()) {
            for (int run = 0; run < 3; run++) {
                String fresh = path + (path.contains("?") ? "&" : "?") + "render=" + System.nanoTime();
                long before = questions(db);
                var response = http().get(fresh);
                long after = questions(db);
                assertEquals(200, response.statusCode(), fresh);
                least = Math.min(least, after - before - 1);
            }
        }
        return least;
    }

    long caseWithLog(String title, int entries) throws SQLException {
        var created = http().post("api/initiatives", """
                {"municipalityId": 1, "title": "%s", "proposal": "Budjettitesti.", "channel": "EMAIL", "publicity": "PUBLIC",
                 "signatoryCount": 1, "receivedOn": "2026-01-10", "initiatorName": "Testi"}""".formatted(title), AGENT);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        long version = Http.json(http().get("api/initiatives/" + id)).getJsonNumber("version").longValue();
        assertEquals(200, http().post("api/initiatives/" + id + "/transitions",
                "{\"transition\": \"ACCEPT\", \"comment\": \"ok\", \"version\": " + version + "}", AGENT).statusCode());
        try (var db = database(); var s = db.createStatement()) {
            // Public step records and log entries, as many as asked (MariaDB's sequence tables make the rows)
            s.executeUpdate("update case_step set state = 'DONE', done_on = '2026-01-20', public_entry = true "
                    + "where initiative_id = " + id);
            s.executeUpdate("insert into case_step_link (case_step_id, position, kind, url, label) "
                    + "select id, 0, 'WEB_PAGE', concat('https://www.pori.fi/', id), 'Sivu' from case_step "
                    + "where initiative_id = " + id + " order by id");
            s.executeUpdate("insert into case_event (initiative_id, occurred_at, actor, kind, details, public_entry, "
                    + "status_after) select " + id + ", timestamp('2026-01-11') + interval seq minute, 'aino', "
                    + "'STATUS_CHANGED', 'x', true, 'ACCEPTED' from seq_1_to_" + entries);
        }
        return id;
    }

    @Test
    void anInitiativePageCostsTheSameWithFiveLogEntriesOrFiveHundred() throws SQLException {
        long small = caseWithLog("Lyhyt historia", 5);
        long large = caseWithLog("Pitkä historia", 500);
        long smallPage = statements("initiative?id=" + small + "&lang=fi");
        long largePage = statements("initiative?id=" + large + "&lang=fi");
        assertEquals(smallPage, largePage, "the public page's statements do not grow with the log");
        assertTrue(smallPage <= 1, "cached public initiative page budget (its validity check): " + smallPage);
        long smallRender = renderStatements("initiative?id=" + small + "&lang=fi");
        assertEquals(smallRender, renderStatements("initiative?id=" + large + "&lang=fi"),
                "rendering the page afresh costs the same for 5 or 500 log entries");
        // 5 before the consultation record; it adds its hearings and received statements (one statement each)
        assertTrue(smallRender <= 7, "public initiative page render budget: " + smallRender);
        System.out.println("Statements per request: public initiative page " + smallPage + " cached, "
                + smallRender + " rendered");

        long smallApi = statements("api/initiatives/" + small);
        assertEquals(smallApi, statements("api/initiatives/" + large));
        assertTrue(smallApi <= 1, "API detail budget: " + smallApi);
        System.out.println("Statements per request: API detail " + smallApi);

        long smallLog = statements("api/initiatives/" + small + "/events", AGENT);
        assertEquals(smallLog, statements("api/initiatives/" + large + "/events", AGENT));

        long smallCase = statements("staff/initiative?id=" + small, AGENT);
        assertEquals(smallCase, statements("staff/initiative?id=" + large, AGENT),
                "the staff case page (log, checklist, moves) does not grow with the log either");
        System.out.println("Statements per request: staff case page (incl. HTTP Basic login) " + smallCase
                + ", case log API " + smallLog);
    }

    @Test
    void aListCostsTheSameForFiveRowsOrFifty() throws SQLException {
        long five = statements("api/initiatives?limit=5");
        long fifty = statements("api/initiatives?limit=50");
        assertEquals(five, fifty, "API list statements do not grow with the rows shown");
        assertTrue(five <= 1, "API list budget: " + five);
        System.out.println("Statements per request: API list " + five);
        long oneWord = statements("api/initiatives?limit=5&q=penkkej%C3%A4");
        assertEquals(oneWord, statements("api/initiatives?limit=50&q=penkkej%C3%A4"));
        assertTrue(oneWord <= five + 1, "a word search adds one statement (the terms the word starts): " + oneWord);
        long twoWords = statements("api/initiatives?limit=5&q=penkkej%C3%A4%20rantaan");
        assertEquals(twoWords, statements("api/initiatives?limit=50&q=penkkej%C3%A4%20rantaan"));
        assertTrue(twoWords <= five + 2, "two words add one more (which is rarer): " + twoWords);
        System.out.println("Statements per request: API word search " + oneWord + ", two words " + twoWords);
        assertEquals(statements("api/initiatives?limit=5&theme=TRAFFIC&year=2026&sort=ACTIVITY"),
                statements("api/initiatives?limit=50&theme=TRAFFIC&year=2026&sort=ACTIVITY"),
                "filters and the activity order cost the same for 5 rows or 50");

        long first = statements("?lang=fi");
        long filtered = statements("?lang=fi&status=IN_PREPARATION&municipality=1");
        String cursor = http().get("api/initiatives?limit=3").body().replaceAll(".*\"next\":\"([^\"]+)\".*", "$1");
        long deep = statements("?lang=fi&cursor=" + cursor);
        assertEquals(first, filtered);
        assertEquals(first, deep, "a later page costs what the first does");
        assertTrue(first <= 1, "cached public list budget: " + first);
        long rendered = renderStatements("?lang=fi&status=IN_PREPARATION");
        assertEquals(rendered, renderStatements("?lang=fi&cursor=" + cursor), "a later page renders at the same cost");
        // The page, the municipalities and the districts of the filter form, and the cache's stamp
        assertTrue(rendered <= 4, "public list render budget: " + rendered);
        System.out.println("Statements per request: public list rendered " + rendered);
        System.out.println("Statements per request: public list " + first);

        long staffAll = statements("staff/initiatives", AGENT);
        long staffMine = statements("staff/initiatives?mine=true", AGENT);
        assertEquals(staffAll, staffMine);
        System.out.println("Statements per request: staff list (incl. HTTP Basic login) " + staffAll);
    }

    @Test
    void theWorkloadPageCostsTheSameHoweverManyCasesAgentsHold() throws SQLException {
        String[] admin = join(basic("admin", "aloitepolku"), new String[] {"Accept", "application/json"});
        long before = statements("staff/workload", admin);
        long beforeApi = statements("api/workload", admin);
        // An agent's own dashboard: their row and their deadline list
        long beforeAgent = statements("staff/workload", AGENT);
        // Twenty more cases, with their deadlines, spread over the agents
        for (int i = 0; i < 20; i++) {
            var created = http().post("api/initiatives", """
                    {"municipalityId": %d, "title": "Kuormitus %d", "proposal": "Budjettitesti.", "channel": "EMAIL", "publicity": "PUBLIC",
                     "signatoryCount": 1, "receivedOn": "2026-01-10", "initiatorName": "Testi"}"""
                    .formatted(1 + i % 2, i), join(basic("admin", "aloitepolku"), new String[] {"Accept", "application/json"}));
            assertEquals(201, created.statusCode(), created.body());
        }
        assertEquals(before, statements("staff/workload", admin), "the workload page does not grow with the cases");
        assertEquals(beforeApi, statements("api/workload", admin));
        assertEquals(beforeAgent, statements("staff/workload", AGENT), "nor does an agent's dashboard with its deadlines");
        System.out.println("Statements per request: workload page (admin, incl. HTTP Basic login) " + before
                + ", workload API " + beforeApi + ", an agent's dashboard " + beforeAgent);
    }
}
