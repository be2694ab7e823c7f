package fi.aloitepolku.consultation;

import static fi.aloitepolku.testsupport.Browser.id;
import static fi.aloitepolku.testsupport.Http.basic;
import static fi.aloitepolku.testsupport.Http.join;
import static fi.aloitepolku.testsupport.Http.json;
import static fi.aloitepolku.testsupport.Http.jsonArray;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fi.aloitepolku.testsupport.Browser;
import fi.aloitepolku.testsupport.Calendars;
import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The consultation record of a case, black-box over HTTP and in a browser: hearings, councils and statement
 * requests, the decision record and its gate on "decided", citation search, calendar feeds, the public page
 * and its statement budget. One deployment for all of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsultationIT {

    static final String[] JSON = {"Accept", "application/json"};
    static final String[] AGENT = join(basic("ville", "aloitepolku"), JSON, new String[] {"Accept-Language", "fi"});
    static final String[] PREPARER = join(basic("liisa", "aloitepolku"), JSON, new String[] {"Accept-Language", "fi"});
    static final String[] PREPARER_EN = join(basic("liisa", "aloitepolku"), JSON, new String[] {"Accept-Language", "en"});
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    static final String OTAKANTAA = "https://www.otakantaa.fi/fi-FI/projects/testi-";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    Http http() {
        return new Http(base);
    }

    long register(String title, int municipality) {
        var created = http().post("api/initiatives", """
                {"municipalityId": %d, "title": "%s", "proposal": "Ehdotus.", "channel": "EMAIL", "publicity": "PUBLIC", "signatoryCount": 1,
                 "receivedOn": "%s", "initiatorName": "Testaaja"}""".formatted(municipality, title, TODAY.minusDays(60)),
                AGENT);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        assertEquals(200, move(id, "ACCEPT", AGENT).statusCode());
        assertEquals(200, move(id, "START_PREPARATION", PREPARER).statusCode());
        return id;
    }

    long version(long id) {
        return json(http().get("api/initiatives/" + id)).getJsonNumber("version").longValue();
    }

    HttpResponse<String> move(long id, String transition, String[] who) {
        return http().post("api/initiatives/" + id + "/transitions", """
                {"transition": "%s", "comment": "testi", "commentPublic": false, "version": %d}"""
                .formatted(transition, version(id)), who);
    }

    List<JsonObject> events(long id) {
        return jsonArray(http().get("api/initiatives/" + id + "/events", AGENT)).getValuesAs(JsonObject.class);
    }

    /** The refused field and its message, checking that a refusal is a 400 problem document. */
    static JsonObject fieldError(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        return json(response).getJsonArray("errors").getJsonObject(0);
    }

    String hearing(String kind, String title, String url, String extra) {
        return """
                {"kind": "%s", "title": "%s", "url": %s, %s}""".formatted(kind, title,
                url == null ? "null" : "\"" + url + "\"", extra);
    }

    String publicPage(long id) {
        var page = http().get("initiative?id=" + id + "&lang=fi");
        assertEquals(200, page.statusCode());
        return page.body();
    }

    @Test
    void hearingsAreRecordedByTypeAndBadOnesAreRefusedWithNothingSaved() {
        long id = register("Kuulemistesti", 1);
        int logBefore = events(id).size();
        String path = "api/initiatives/" + id + "/hearings";
        String period = "\"opensOn\": \"" + TODAY.minusDays(20) + "\", \"closesOn\": \"" + TODAY.minusDays(2) + "\"";

        var elsewhere = fieldError(http().post(path, hearing("OTAKANTAA", "Kysely", "https://www.example.com/kysely", period), PREPARER));
        assertEquals("url", elsewhere.getString("field"));
        assertEquals("Otakantaa.fi-kuulemisen linkin pitää osoittaa otakantaa.fi-palveluun.", elsewhere.getString("message"));
        var insecure = fieldError(http().post(path, hearing("OTAKANTAA", "Kysely", "http://www.otakantaa.fi/p/1", period), PREPARER_EN));
        assertTrue(insecure.getString("message").startsWith("The link must start with https://"), insecure.toString());
        var noGuid = fieldError(http().post(path, hearing("LAUSUNTOPALVELU", "Pyyntö",
                "https://www.lausuntopalvelu.fi/FI/Proposal/Participation?proposalId=123", period), PREPARER));
        assertEquals("Lausuntopalvelu.fi-linkistä puuttuu lausuntopyynnön tunniste (proposalId).", noGuid.getString("message"));
        var backwards = fieldError(http().post(path, hearing("RESIDENT_EVENT", "Asukastilaisuus", null,
                "\"startsAt\": \"2026-12-10T18:00\", \"endsAt\": \"2026-12-10T17:00\", \"place\": \"Kirjasto\""), PREPARER));
        assertEquals("endsAt", backwards.getString("field"));
        assertEquals("Tilaisuus ei voi päättyä ennen kuin se alkaa.", backwards.getString("message"));
        assertEquals(0, jsonArray(http().get(path, PREPARER)).size(), "nothing was saved");
        assertEquals(logBefore, events(id).size(), "and nothing was logged");

        var created = http().post(path, hearing("OTAKANTAA", "Kysely Yyterin rannasta", OTAKANTAA + id,
                period + ", \"summary\": \"Vastauksia tuli 87; toiveena kulkumatto.\", \"attachments\": "
                        + "[{\"url\": \"https://www.pori.fi/tulokset.pdf\", \"label\": \"Tulokset\"}]"), PREPARER);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith(path + "/" + json(created).getJsonNumber("id")));
        var event = http().post(path, hearing("RESIDENT_EVENT", "Asukastilaisuus rannalla", null,
                "\"startsAt\": \"2099-06-10T18:00\", \"endsAt\": \"2099-06-10T19:30\", \"place\": \"Yyterin kylpylä\", "
                        + "\"accessibility\": \"Esteetön\", \"summary\": \"Ei vielä julki\""), PREPARER);
        assertEquals(201, event.statusCode(), event.body());
        assertEquals("2099-06-10T18:00:00", json(event).getString("startsAt"), "Helsinki wall-clock time, as entered");

        var log = events(id);
        assertEquals(logBefore + 2, log.size());
        assertEquals("HEARING_RECORDED", log.getFirst().getString("kind"));

        var stale = http().put(path + "/" + json(created).getJsonNumber("id"), hearing("OTAKANTAA", "Korjattu", OTAKANTAA + id,
                period + ", \"version\": 7"), PREPARER);
        assertEquals(409, stale.statusCode(), stale.body());

        String page = publicPage(id);
        assertTrue(page.contains("Kysely Yyterin rannasta") && page.contains(OTAKANTAA + id), "the hearing and its link are public");
        assertTrue(page.contains("Vastauksia tuli 87; toiveena kulkumatto."), "a closed hearing shows what was heard");
        assertTrue(page.contains("Asukastilaisuus rannalla") && page.contains("Esteetön"));
        assertFalse(page.contains("Ei vielä julki"), "a coming event's summary waits until it is over");

        var calendar = http().get("api/calendar/initiative/" + id + ".ics");
        assertEquals(200, calendar.statusCode());
        assertTrue(calendar.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        var vevents = Calendars.events(Calendars.parse(calendar.body()));
        assertEquals(2, vevents.size());
        assertEquals("20990610T150000Z", vevents.get(1).get("DTSTART"), "18.00 in Helsinki summer time is 15.00 UTC");
        assertEquals("Yyterin kylpylä", vevents.get(1).get("LOCATION"));
        assertTrue(vevents.getFirst().get("UID").startsWith("hearing-"));
        assertEquals(TODAY.minusDays(20).toString().replace("-", ""), vevents.getFirst().get("DTSTART"));
    }

    @Test
    void theMunicipalityCalendarIsPublicAndReadable() {
        var feed = http().get("api/calendar/municipality/609.ics?lang=sv");
        assertEquals(200, feed.statusCode(), feed.body());
        var calendar = Calendars.parse(feed.body());
        var events = Calendars.events(calendar);
        assertTrue(events.stream().anyMatch(e -> e.get("SUMMARY").equals("Invånarmöte: Asukastilaisuus: esteetön Yyteri")),
                events.toString());
        assertFalse(feed.body().contains("Kalle Kuntalainen"), "no initiator in a public feed");
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertEquals(404, http().get("api/calendar/municipality/999.ics").statusCode());
        assertEquals(404, http().get("api/calendar/initiative/987654.ics").statusCode());
    }

    long councilId(String name) {
        return jsonArray(http().get("api/councils", AGENT)).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("nameFi").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    @Test
    void councilsAreKeptByAgentsAndAskedForStatementsWithDeadlines() {
        String council = """
                {"kind": "RESIDENT_PANEL", "nameFi": "Testin asukaspaneeli", "municipalityIds": [1, 2],
                 "members": [{"name": "Pia Puheenjohtaja", "role": "CHAIR", "validFrom": "2026-01-01"}]}""";
        assertEquals(403, http().post("api/councils", council, PREPARER).statusCode(), "preparers read the registry");
        var noMunicipality = fieldError(http().post("api/councils", council.replace("[1, 2]", "[]"), AGENT));
        assertEquals("municipalityIds", noMunicipality.getString("field"));
        var created = http().post("api/councils", council, AGENT);
        assertEquals(201, created.statusCode(), created.body());
        long panel = json(created).getJsonNumber("id").longValue();
        assertEquals("CHAIR", json(http().get("api/councils/" + panel, PREPARER)).getJsonArray("members")
                .getJsonObject(0).getString("role"));

        long id = register("Lausuntotesti", 1);
        String path = "api/initiatives/" + id + "/statement-requests";
        String asked = TODAY.minusDays(30).toString();
        var early = fieldError(http().post(path, """
                {"councilId": %d, "requestedOn": "%s", "deadline": "%s", "state": "RECEIVED", "answeredOn": "%s",
                 "statementText": "Kannatamme."}""".formatted(panel, asked, TODAY.minusDays(10), TODAY.minusDays(31)), PREPARER));
        assertEquals("answeredOn", early.getString("field"));
        assertEquals("Lausuntoa ei voi saada ennen kuin sitä on pyydetty.", early.getString("message"));
        var elsewhere = fieldError(http().post(path, """
                {"councilId": %d, "requestedOn": "%s", "deadline": "%s"}"""
                .formatted(councilId("Kankaanpään nuorisovaltuusto"), asked, TODAY.minusDays(10)), PREPARER));
        assertEquals("Toimielin ei palvele tämän asian kuntaa.", elsewhere.getString("message"));
        assertEquals(0, jsonArray(http().get(path, PREPARER)).size(), "nothing was saved");

        long overdueBefore = overdueTotal();
        var request = http().post(path, """
                {"councilId": %d, "requestedOn": "%s", "deadline": "%s"}""".formatted(panel, asked, TODAY.minusDays(10)),
                PREPARER);
        assertEquals(201, request.statusCode(), request.body());
        long requestId = json(request).getJsonNumber("id").longValue();
        assertTrue(json(request).getBoolean("overdue"), "open and past its deadline");
        assertEquals(overdueBefore + 1, overdueTotal(), "the agents' workload counts it");
        var agentsWithOverdue = jsonArray(http().get("api/councils/overdue-by-agent", AGENT)).getValuesAs(JsonObject.class);
        assertTrue(agentsWithOverdue.stream().anyMatch(a -> jsonArray(http().get("api/councils/overdue-by-agent/"
                        + a.getJsonNumber("agentId"), AGENT)).getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("id").longValue() == requestId)), "listed under the case's agent");
        var councilRequests = jsonArray(http().get("api/councils/" + panel + "/statement-requests", PREPARER));
        assertEquals(requestId, councilRequests.getJsonObject(0).getJsonNumber("id").longValue());
        var summary = jsonArray(http().get("api/councils", PREPARER)).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == panel).findFirst().orElseThrow();
        assertEquals(1, summary.getInt("overdueRequests"));
        assertTrue(http().get("staff/initiative?id=" + id, PREPARER).body().contains("statements-overdue"),
                "the staff case page points out the overdue request");

        var answered = http().put(path + "/" + requestId, """
                {"councilId": %d, "requestedOn": "%s", "deadline": "%s", "state": "RECEIVED", "answeredOn": "%s",
                 "statementText": "Paneeli kannattaa esitystä <b>lämpimästi</b>.", "note": "Sisäinen huomio", "version": %d}"""
                .formatted(panel, asked, TODAY.minusDays(10), TODAY.minusDays(5),
                        json(request).getJsonNumber("version").longValue()), PREPARER);
        assertEquals(200, answered.statusCode(), answered.body());
        assertFalse(json(answered).getBoolean("overdue"));
        assertEquals(overdueBefore, overdueTotal());
        assertEquals("STATEMENT_REQUEST_RECORDED", events(id).getFirst().getString("kind"));
        String page = publicPage(id);
        assertTrue(page.contains("Testin asukaspaneeli"), "the council's statement is public");
        assertTrue(page.contains("Paneeli kannattaa esitystä &lt;b&gt;lämpimästi&lt;/b&gt;."), "escaped, not markup");
        assertFalse(page.contains("Sisäinen huomio"));

        var councilPage = http().get("staff/council?id=" + panel, PREPARER);
        assertEquals(200, councilPage.statusCode());
        assertTrue(councilPage.body().contains("Pia Puheenjohtaja") && councilPage.body().contains("answered-requests"),
                "the council page lists its members and its answered requests");
        var registry = http().get("staff/councils", PREPARER).body();
        assertTrue(registry.contains("Testin asukaspaneeli") && !registry.contains("new-council"), "preparers only read");
        assertTrue(http().get("staff/councils", AGENT).body().contains("new-council"));
        assertTrue(http().get("staff/council-edit?id=" + panel, AGENT).body().contains("Pia Puheenjohtaja"));
        assertEquals(403, http().get("staff/council-edit?id=" + panel, PREPARER).statusCode());

        assertEquals(409, http().send(http().request("api/councils/" + panel + "?version=0", AGENT).DELETE()).statusCode(),
                "a council that gave statements stays in the registry");
    }

    long overdueTotal() {
        return jsonArray(http().get("api/councils/overdue-by-agent", AGENT)).getValuesAs(JsonObject.class).stream()
                .mapToLong(a -> a.getJsonNumber("overdue").longValue()).sum();
    }

    /** Steps the template requires before a decision proposal, then the proposal. */
    long proposed(String title) {
        long id = register(title, 2);
        var steps = json(http().get("api/initiatives/" + id + "/steps", PREPARER)).getJsonArray("steps")
                .getValuesAs(JsonObject.class);
        for (var step : steps) {
            if (step.getBoolean("optional") || !step.containsKey("requiredBefore") || step.isNull("requiredBefore")
                    || !List.of("DECISION_PROPOSED", "DECIDED").contains(step.getString("requiredBefore"))) {
                continue;
            }
            var done = http().put("api/initiatives/" + id + "/steps/" + step.getJsonNumber("id"), """
                    {"state": "DONE", "date": "%s", "publicEntry": false, "version": %d}"""
                    .formatted(TODAY, step.getJsonNumber("version").longValue()), PREPARER);
            assertEquals(200, done.statusCode(), done.body());
        }
        var moved = move(id, "PROPOSE_DECISION", PREPARER);
        assertEquals(200, moved.statusCode(), moved.body());
        return id;
    }

    String decision(String outcome, String decisionText, String diary, int section) {
        return """
                {"bodyKind": "CITY_BOARD", "bodyName": "Kankaanpään kaupunginhallitus", "meetingDate": "%s",
                 "section": %d, "diaryNumber": "%s", "proposalText": "Kaupunginhallitus hyväksyy esityksen.",
                 "decisionText": %s, "outcome": "%s", "minutesUrl": "https://www.kankaanpaa.fi/poytakirja/%d"}"""
                .formatted(TODAY.minusDays(1), section, diary, decisionText == null ? "null" : "\"" + decisionText + "\"",
                        outcome, section);
    }

    @Test
    void decidedNeedsADecisionRecordAndTheCitationFindsTheCase() {
        long preparing = register("Päätös liian aikaisin", 2);
        var tooEarly = http().post("api/initiatives/" + preparing + "/decision", decision("PASSED_AS_PROPOSED", null,
                "77/00.01.01/" + TODAY.getYear(), 77), PREPARER);
        assertEquals(409, tooEarly.statusCode(), tooEarly.body());
        assertEquals("Päätöksen voi kirjata vasta, kun asian tila on \"päätösesitys tehty\".", json(tooEarly).getString("detail"));

        long id = proposed("Päätöstesti");
        var blocked = move(id, "RECORD_DECISION", PREPARER);
        assertEquals(409, blocked.statusCode(), blocked.body());
        var options = jsonArray(http().get("api/initiatives/" + id + "/transitions", PREPARER_EN)).getValuesAs(JsonObject.class);
        var decide = options.stream().filter(o -> o.getString("transition").equals("RECORD_DECISION")).findFirst().orElseThrow();
        assertFalse(decide.getBoolean("possible"));
        assertTrue(decide.toString().contains("decision.blocked.missing") || decide.toString().contains("no decision has been recorded"),
                decide.toString());

        String path = "api/initiatives/" + id + "/decision";
        int section = 100 + (int) (id % 800);
        var malformed = fieldError(http().post(path, decision("PASSED_AS_PROPOSED", null, "1762-00.01.01-2024", section), PREPARER));
        assertEquals("diaryNumber", malformed.getString("field"));
        assertTrue(malformed.getString("message").startsWith("Diaarinumero on muotoa"), malformed.toString());
        var sameAmendment = fieldError(http().post(path, decision("AMENDED", "Kaupunginhallitus hyväksyy esityksen.",
                "1762/00.01.01/" + TODAY.getYear(), section), PREPARER));
        assertEquals("decisionText", sameAmendment.getString("field"));
        assertEquals(404, http().get(path, JSON).statusCode(), "nothing was saved");

        String diary = (5000 + id) + "/00.01.01/" + TODAY.getYear();
        var tabled = http().post(path, decision("TABLED", null, diary, section), PREPARER);
        assertEquals(201, tabled.statusCode(), tabled.body());
        assertEquals(409, move(id, "RECORD_DECISION", PREPARER).statusCode(), "a tabled matter is not decided");
        var passed = http().put(path, decision("PASSED_AFTER_VOTE", "Hyväksyttiin äänin 7–4.", diary, section)
                .replace("}", ", \"version\": " + json(tabled).getJsonNumber("version") + "}"), PREPARER);
        assertEquals(200, passed.statusCode(), passed.body());
        String citation = json(passed).getString("citation");
        assertEquals("KHALL " + TODAY.minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + " § " + section, citation);

        var decided = move(id, "RECORD_DECISION", PREPARER);
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals("DECIDED", json(decided).getString("status"));
        var lateTabling = http().put(path, decision("TABLED", null, diary, section)
                .replace("}", ", \"version\": " + json(passed).getJsonNumber("version") + "}"), PREPARER);
        assertEquals(409, lateTabling.statusCode(), lateTabling.body());
        assertEquals("Asia on jo päätetty: lopputulos ei voi olla pöydälle jättäminen tai palauttaminen.",
                json(lateTabling).getString("detail"));
        assertTrue(events(id).stream().anyMatch(e -> e.getString("kind").equals("DECISION_RECORDED")));

        for (String query : List.of(citation, citation.replace(" § ", " §").toLowerCase(), diary)) {
            var items = json(http().get("api/initiatives?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            assertEquals(List.of(id), items.stream().map(i -> i.getJsonNumber("id").longValue()).toList(), query);
        }
        String page = publicPage(id);
        assertTrue(page.contains(citation), "the citation is on the public page");
        var form = http().get("staff/decision?case=" + id, PREPARER);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains(diary), "the decision form opens with the record to correct");
        assertTrue(page.contains("Hyväksyttiin äänestyksen jälkeen") && page.contains(diary));
    }

    /** Runs the same page for a case with one hearing and one with ten: its statements must be the same. */
    @Test
    void thePublicPageCostsTheSameForOneHearingOrTen() throws SQLException {
        long few = register("Vähän kuulemisia", 1);
        long many = register("Paljon kuulemisia", 1);
        long council = councilId("Porin vanhusneuvosto");
        addHearingAndStatement(few, council, 0);
        for (int i = 0; i < 10; i++) {
            addHearingAndStatement(many, council, i);
        }
        assertEquals(1, jsonArray(http().get("api/initiatives/" + few + "/hearings", PREPARER)).size());
        assertEquals(10, jsonArray(http().get("api/initiatives/" + many + "/hearings", PREPARER)).size());
        long fewStatements = renderStatements("initiative?id=" + few + "&lang=fi");
        assertEquals(fewStatements, renderStatements("initiative?id=" + many + "&lang=fi"),
                "a case's hearings and statements are read in a fixed number of statements");
        assertTrue(fewStatements <= 8, "public initiative page render budget: " + fewStatements);
        System.out.println("Statements per request: public initiative page with its consultation record " + fewStatements);
    }

    void addHearingAndStatement(long id, long council, int i) {
        assertEquals(201, http().post("api/initiatives/" + id + "/hearings", hearing("SURVEY", "Kysely " + i,
                "https://www.pori.fi/kysely/" + i, "\"opensOn\": \"" + TODAY.minusDays(9) + "\", \"closesOn\": \""
                        + TODAY.minusDays(2) + "\", \"summary\": \"Yhteenveto " + i + "\", \"attachments\": "
                        + "[{\"url\": \"https://www.pori.fi/a/" + i + "\"}]"), PREPARER).statusCode());
        assertEquals(201, http().post("api/initiatives/" + id + "/statement-requests", """
                {"councilId": %d, "requestedOn": "%s", "deadline": "%s", "state": "RECEIVED", "answeredOn": "%s",
                 "statementText": "Lausunto %d"}""".formatted(council, TODAY.minusDays(9), TODAY, TODAY, i),
                PREPARER).statusCode());
    }

    /** Statements the database ran for a page rendered afresh (a parameter the page ignores keeps it out of the cache). */
    long renderStatements(String path) throws SQLException {
        long least = Long.MAX_VALUE;
        try (var db = DriverManager.getConnection(System.getProperty("app.test.dbUrl"), "root", "")) {
            for (int run = 0; run < 3; run++) {
                long before = questions(db);
                var response = http().get(path + "&render=" + System.nanoTime());
                long after = questions(db);
                assertEquals(200, response.statusCode(), path);
                least = Math.min(least, after - before - 1);
            }
        }
        return least;
    }

    static long questions(java.sql.Connection db) throws SQLException {
        try (var s = db.createStatement(); var rs = s.executeQuery("show global status like 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    @Test
    void aPreparerRecordsAnOtakantaaHearingAndAYouthCouncilStatementThatResidentsThenSee() {
        assumeFalse(Boolean.getBoolean("browser.tests.skip"), "browser tests switched off");
        long id = register("Skeittipaikka Porin keskustaan", 1);
        try (var browser = new Browser()) {
            browser.open(base + "staff/initiative?id=" + id);
            browser.wait(15).until(d -> d.getCurrentUrl().contains("/login"));
            browser.type(id("login:username"), "pekka");
            browser.type(id("login:password"), "aloitepolku");
            browser.find(id("login:submit")).click();
            browser.waitForUrl("/staff/initiative?id=" + id);

            browser.find("#add-hearing").click();
            browser.waitForUrl("/staff/hearing?");
            new Select(browser.find(id("hearing:kind"))).selectByVisibleText("Otakantaa.fi-kuuleminen");
            browser.type(id("hearing:title"), "Missä skeittaisit?");
            browser.type(id("hearing:url"), "https://www.example.com/skeitti");
            browser.type(id("hearing:summary"), "Toivotuin paikka oli Kirjurinluoto.");
            typeDate(browser, id("hearing:opensOn_input"), date(TODAY.minusDays(21)));
            typeDate(browser, id("hearing:closesOn_input"), date(TODAY.minusDays(1)));
            browser.find(id("hearing:save")).click();
            browser.waitForText("Otakantaa.fi-kuulemisen linkin pitää osoittaa otakantaa.fi-palveluun.");
            browser.type(id("hearing:url"), "https://www.otakantaa.fi/fi-FI/projects/skeitti-" + id);
            browser.find(id("hearing:save")).click();
            browser.waitForUrl("/staff/initiative?id=" + id);
            assertTrue(browser.text("#hearings").contains("Missä skeittaisit?"), browser.text("#hearings"));
            assertTrue(browser.text("#hearings").contains(date(TODAY.minusDays(21)) + "–" + date(TODAY.minusDays(1))),
                    browser.text("#hearings"));

            browser.find("#add-statement-request").click();
            browser.waitForUrl("/staff/statement-request?");
            new Select(browser.find(id("statement:councilId"))).selectByVisibleText("Porin nuorisovaltuusto");
            browser.driver().findElement(By.cssSelector("input[name='statement:state'][value='RECEIVED']")).click();
            browser.type(id("statement:statementText"), "Nuorisovaltuusto puoltaa skeittipaikkaa Kirjurinluotoon.");
            typeDate(browser, id("statement:answeredOn_input"), date(TODAY));
            assertEquals("Nuorisovaltuusto puoltaa skeittipaikkaa Kirjurinluotoon.",
                    browser.find(id("statement:statementText")).getAttribute("value"));
            browser.find(id("statement:save")).click();
            browser.waitForUrl("/staff/initiative?id=" + id);
            assertTrue(browser.text("#statement-requests").contains("Porin nuorisovaltuusto"));
            assertTrue(browser.text("#statement-requests").contains("Lausunto saatu"));

            browser.driver().manage().deleteAllCookies();
            browser.open(base + "initiative?id=" + id + "&lang=fi");
            browser.find("#public-hearings");
            assertTrue(browser.text("#public-hearings").contains("Missä skeittaisit?"));
            assertTrue(browser.text("#public-hearings").contains("Toivotuin paikka oli Kirjurinluoto."),
                    browser.text("#public-hearings"));
            assertEquals("https://www.otakantaa.fi/fi-FI/projects/skeitti-" + id,
                    browser.driver().findElement(By.cssSelector("#public-hearings a[href*='otakantaa']")).getAttribute("href"));
            assertTrue(browser.text("#public-statements").contains("Porin nuorisovaltuusto"));
            assertTrue(browser.text("#public-statements").contains("Nuorisovaltuusto puoltaa skeittipaikkaa Kirjurinluotoon."));
        }
    }

    /** A date picker's popup may still be closing when the next field is typed into: type again until it holds. */
    static void typeDate(Browser browser, String css, String value) {
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.type(css, value);
            try {
                browser.wait(2).until(d -> value.equals(d.findElement(By.cssSelector(css)).getAttribute("value")));
                return;
            } catch (org.openqa.selenium.TimeoutException retry) {
                // typed into a closing popup; once more
            }
        }
        assertEquals(value, browser.find(css).getAttribute("value"), css);
    }

    static String date(LocalDate day) {
        return day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear();
    }
}
