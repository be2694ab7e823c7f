package fi.aloitepolku.initiative.api;

import static fi.aloitepolku.testsupport.Http.basic;
import static fi.aloitepolku.testsupport.Http.join;
import static fi.aloitepolku.testsupport.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The initiative API as a client meets it: the built WAR on Payara Micro against a real MariaDB with the
 * demo data (every demo password is "aloitepolku").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InitiativeApiIT {

    static final String[] AGENT = basic("aino", "aloitepolku");
    static final String[] PREPARER = basic("pekka", "aloitepolku");
    static final String[] JSON = {"Accept", "application/json"};
    /** Contact details of the demo initiators: none of them may ever appear in a public answer. */
    static final List<String> DEMO_CONTACTS = List.of("eeva.esimerkki@example.com", "040 123 4567", "nuva@example.com",
            "044 765 4321", "sari@example.com", "matti@example.com", "050 111 2222", "tiina@example.com");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    Http http() {
        return new Http(base);
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
    }

    static String newInitiative(String title) {
        return """
                {"municipalityId": 1, "title": "%s", "proposal": "Ehdotamme penkkejä rantaan.",
                 "channel": "EMAIL", "publicity": "PUBLIC", "signatoryCount": 4, "receivedOn": "%s",
                 "initiatorName": "Testi Aloitteentekijä", "initiatorEmail": "salainen.osoite@example.com",
                 "initiatorPhone": "+358 40 999 8877", "initiatorNamePublic": false}
                """.formatted(title, today());
    }

    long register(String title) {
        var created = http().post("api/initiatives", newInitiative(title), join(AGENT, JSON));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    List<JsonObject> allPages(String query) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var response = http().get("api/initiatives?limit=5" + query + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, response.statusCode(), response.body());
            var page = json(response);
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(items::add);
            cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
            assertTrue(++pages < 100, "paging ends");
        } while (cursor != null);
        return items;
    }

    @Test
    void theListPagesThroughEveryInitiativeNewestFirstWithoutRepeats() {
        var items = allPages("");
        assertTrue(items.size() >= 13, "the demo data's 13 initiatives at least: " + items.size());
        Set<Long> ids = items.stream().map(i -> i.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertEquals(items.size(), ids.size(), "no initiative appears twice across pages");
        for (int i = 1; i < items.size(); i++) {
            var previous = LocalDate.parse(items.get(i - 1).getString("receivedOn"));
            var current = LocalDate.parse(items.get(i).getString("receivedOn"));
            assertFalse(current.isAfter(previous), "newest first");
        }
        var first = http().get("api/initiatives?limit=5");
        assertTrue(first.headers().firstValue("Link").orElse("").contains("rel=\"next\""), "a Link header to the next page");
    }

    @Test
    void theListFiltersByStatusAndMunicipality() {
        var decided = allPages("&status=DECIDED");
        assertFalse(decided.isEmpty());
        assertTrue(decided.stream().allMatch(i -> i.getString("status").equals("DECIDED")));
        var kankaanpaa = allPages("&municipality=2&status=IN_PREPARATION");
        assertFalse(kankaanpaa.isEmpty());
        assertTrue(kankaanpaa.stream().allMatch(i -> i.getJsonNumber("municipalityId").longValue() == 2
                && i.getString("status").equals("IN_PREPARATION")));
    }

    @Test
    void fullTextSearchFindsWordsOfTheTitleAndTextAndPagesTheSameWay() {
        var hits = allPages("&q=" + java.net.URLEncoder.encode("luistinrata torille", java.nio.charset.StandardCharsets.UTF_8));
        var byTitle = allPages("&q=Kirjurinluodon");
        assertTrue(byTitle.stream().anyMatch(i -> i.getString("title").startsWith("Penkkejä Kirjurinluodon")), byTitle.toString());
        var byText = allPages("&q=rollaattorilla");
        assertEquals(List.of("Uimarannan esteettömyys Yyterissä"), byText.stream().map(i -> i.getString("title")).toList(),
                "a word of the text finds its initiative");
        var prefix = allPages("&q=Uimaran");
        assertTrue(prefix.stream().anyMatch(i -> i.getString("title").startsWith("Uimarannan")), "words match as prefixes");
        assertTrue(allPages("&q=Uimaran&status=CLOSED").isEmpty(), "filters narrow a search");
        assertTrue(hits.stream().allMatch(i -> i.getString("title").toLowerCase().contains("luistin")
                || i.getString("title").toLowerCase().contains("tori")), hits.toString());
        var page = http().get("?q=rollaattorilla&lang=fi");
        assertTrue(page.body().contains("Uimarannan esteettömyys Yyterissä"), "the public list searches too");
        assertFalse(page.body().contains("Koirapuisto Pihlavaan"));
    }

    /** The search's own term index (initiative_term): kept with each case, merged across the terms a prefix starts. */
    @Test
    void theSearchFollowsEachCaseAndMergesTheTermsAPrefixStarts() {
        var today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            // Two terms under one prefix, one case with both: merged newest first, that case once
            String text = k == 3 ? "Mastot zeppeliinille ja zeppeliineille." : k % 2 == 0 ? "Hangaari zeppeliinille."
                    : "Mastot zeppeliineille.";
            ids.add(registerWithText("Ilmalaiva " + k, text, today.minusDays(3L * k)));
        }
        assertEquals(ids, idsOf(allPages("&q=zeppeli")), "all seven, newest first, across pages of five, none twice");
        assertEquals(List.of(ids.get(0), ids.get(2), ids.get(4), ids.get(6)), idsOf(allPages("&q=hangaari%20zeppeli")));
        assertEquals(List.of(ids.get(0), ids.get(2), ids.get(4), ids.get(6)), idsOf(allPages("&q=zeppeli%20HANGAARI")),
                "whichever word is typed first");
        assertEquals(List.of(ids.get(3)), idsOf(allPages("&q=mastot%20zeppeliinille")));
        assertTrue(allPages("&q=zeppelinismi").isEmpty(), "a word no case has finds nothing");

        // An edit moves the case in the index: the old words no longer find it, the new ones do, at its new date
        long first = ids.get(0);
        long version = json(http().get("api/initiatives/" + first)).getJsonNumber("version").longValue();
        var edited = http().put("api/initiatives/" + first, withText(newInitiative("Kuumailmapallo"), "Lähtöpaikka torille.",
                today).replace("{", "{\"version\": " + version + ", "), join(AGENT, JSON));
        assertEquals(200, edited.statusCode(), edited.body());
        assertFalse(idsOf(allPages("&q=zeppeli")).contains(first), "the old text no longer finds it");
        assertEquals(List.of(first), idsOf(allPages("&q=kuumailma%20l%C3%A4ht%C3%B6")));
        long second = ids.get(1);
        version = json(http().get("api/initiatives/" + second)).getJsonNumber("version").longValue();
        var older = http().put("api/initiatives/" + second, withText(newInitiative("Ilmalaiva 1"), "Mastot zeppeliineille.",
                today.minusDays(40)).replace("{", "{\"version\": " + version + ", "), join(AGENT, JSON));
        assertEquals(200, older.statusCode(), older.body());
        assertEquals(List.of(ids.get(2), ids.get(3), ids.get(4), ids.get(5), ids.get(6), second),
                idsOf(allPages("&q=zeppeli")), "a new receipt date moves it in the search's order");

        // A prefix that starts more terms than can be merged is still answered (by the full-text index)
        var many = new StringBuilder("Sanasto:");
        for (int n = 0; n <= TERMS_BEYOND_MERGE; n++) {
            many.append(" qzxsana").append(n);
        }
        long glossary = registerWithText("Sanasto", many.toString(), today);
        assertEquals(List.of(glossary), idsOf(allPages("&q=qzxsana")));
        assertEquals(List.of(glossary), idsOf(allPages("&q=qzxsana57")));
        assertEquals(List.of(glossary), idsOf(allPages("&q=qzxsana%20sanasto")), "the other word drives then");
    }

    /** One more than TermSearch.MAX_TERMS_PER_WORD. */
    static final int TERMS_BEYOND_MERGE = 101;

    long registerWithText(String title, String proposal, LocalDate receivedOn) {
        var created = http().post("api/initiatives", withText(newInitiative(title), proposal, receivedOn), join(AGENT, JSON));
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    static String withText(String json, String proposal, LocalDate receivedOn) {
        return json.replace("Ehdotamme penkkejä rantaan.", proposal).replace(today(), receivedOn.toString());
    }

    static List<Long> idsOf(List<JsonObject> items) {
        return items.stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void unknownFiltersAndMalformedCursorsAreBadRequests() {
        for (String query : List.of("status=SOMEWHERE", "cursor=%25%25%25", "cursor=eHl6", "limit=0", "limit=1000",
                "municipality=abc")) {
            var response = http().get("api/initiatives?" + query);
            assertEquals(400, response.statusCode(), query + " → " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), query);
            assertEquals(400, json(response).getInt("status"));
        }
        var unknownStatus = json(http().get("api/initiatives?status=SOMEWHERE", "Accept-Language", "en"));
        assertEquals("status", unknownStatus.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("Unknown status: SOMEWHERE.", unknownStatus.getString("detail"));
    }

    @Test
    void anUnknownIdIsANotFoundProblemNotAServerError() {
        for (String path : List.of("api/initiatives/999999", "api/initiatives/abc", "api/no-such-resource")) {
            var response = http().get(path);
            assertEquals(404, response.statusCode(), path);
            assertEquals(404, json(response).getInt("status"), path);
            assertFalse(response.body().contains("Exception"), path);
        }
    }

    @Test
    void registeringNeedsAnAgentOrAnAdmin() {
        var anonymous = http().post("api/initiatives", newInitiative("Anonyymi yritys"), JSON);
        assertEquals(401, anonymous.statusCode());
        assertEquals("/problems/unauthorized", json(anonymous).getString("type"));
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        var wrongPassword = http().post("api/initiatives", newInitiative("Väärä salasana"),
                join(basic("aino", "wrong"), JSON));
        assertEquals(401, wrongPassword.statusCode());

        var preparer = http().post("api/initiatives", newInitiative("Valmistelijan yritys"), join(PREPARER, JSON));
        assertEquals(403, preparer.statusCode());
        assertEquals("/problems/forbidden", json(preparer).getString("type"));

        assertTrue(allPages("").stream().noneMatch(i -> i.getString("title").endsWith("yritys")
                || i.getString("title").equals("Väärä salasana")), "nothing refused was saved");
    }

    @Test
    void anAgentRegistersAnInitiativeAndTheCaseLogRecordsIt() {
        var created = http().post("api/initiatives", newInitiative("Penkkejä Kupariparille"), join(AGENT, JSON));
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        var body = json(created);
        long id = body.getJsonNumber("id").longValue();
        assertTrue(location.endsWith("/api/initiatives/" + id), location);
        assertEquals("RECEIVED", body.getString("status"));
        assertEquals(4, body.getInt("signatoryCount"));

        var fetched = json(http().get("api/initiatives/" + id));
        assertEquals("Penkkejä Kupariparille", fetched.getString("title"));
        assertEquals(today(), fetched.getString("receivedOn"));

        var events = http().get("api/initiatives/" + id + "/events", join(AGENT, JSON));
        assertEquals(200, events.statusCode(), events.body());
        var log = events.body();
        // Registration and the automatic assignment it triggers, both logged in the same transaction
        assertEquals(java.util.List.of("AGENT_ASSIGNED", "REGISTERED"), Http.jsonArray(events).stream()
                .map(e -> e.asJsonObject().getString("kind")).sorted().toList());
        var entry = Http.jsonArray(events).stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("kind").equals("REGISTERED")).findFirst().orElseThrow();
        assertEquals("aino", entry.getString("actor"));
        assertFalse(entry.getBoolean("publicEntry"), "log entries are internal by default");
        assertFalse(log.contains("salainen.osoite"));

        assertEquals(401, http().get("api/initiatives/" + id + "/events").statusCode(), "the log is for staff only");
    }

    @Test
    void invalidInputNamesEachFieldInTheClientsLanguageAndSavesNothing() {
        int before = allPages("").size();
        var response = http().post("api/initiatives", """
                {"municipalityId": 1, "title": "", "proposal": "Teksti", "channel": "EMAIL", "publicity": "PUBLIC", "signatoryCount": 0,
                 "receivedOn": "2026-01-01", "initiatorName": "Testi", "initiatorEmail": "not-an-address"}
                """, join(AGENT, JSON, new String[] {"Accept-Language", "sv-FI,sv;q=0.9"}));
        assertEquals(400, response.statusCode(), response.body());
        var problem = json(response);
        var fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
        assertEquals(Set.of("title", "signatoryCount", "initiatorEmail"), fields.keySet());
        assertEquals("Ge initiativet en rubrik.", fields.get("title"));
        assertEquals("E-postadressen är inte giltig.", fields.get("initiatorEmail"));

        var future = http().post("api/initiatives", newInitiative("Tulevaisuudesta").replace(today(),
                LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(2).toString()), join(AGENT, JSON));
        assertEquals(400, future.statusCode());
        assertEquals("receivedOn", json(future).getJsonArray("errors").getJsonObject(0).getString("field"));

        var unknownMunicipality = http().post("api/initiatives", newInitiative("Tuntematon kunta")
                .replace("\"municipalityId\": 1", "\"municipalityId\": 4242"), join(AGENT, JSON));
        assertEquals(400, unknownMunicipality.statusCode());

        var malformed = http().post("api/initiatives", "{\"title\": ", join(AGENT, JSON));
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("/problems/malformed", json(malformed).getString("type"));

        var wrongEnum = http().post("api/initiatives", newInitiative("Väärä kanava").replace("EMAIL", "PIGEON"),
                join(AGENT, JSON));
        assertEquals(400, wrongEnum.statusCode(), wrongEnum.body());

        assertEquals(before, allPages("").size(), "no refused request left a case behind");
    }

    @Test
    void aConcurrentEditIsAConflictAndOverwritesNothing() {
        long id = register("Pyörätelineitä asemalle");
        long version = json(http().get("api/initiatives/" + id)).getJsonNumber("version").longValue();

        String edit = newInitiative("Pyörätelineitä rautatieasemalle").replace("{",
                "{\"version\": " + version + ", ");
        var first = http().put("api/initiatives/" + id, edit, join(AGENT, JSON));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(version + 1, json(first).getJsonNumber("version").longValue());

        String staleEdit = newInitiative("Pyörätelineitä linja-autoasemalle").replace("{",
                "{\"version\": " + version + ", ");
        var second = http().put("api/initiatives/" + id, staleEdit, join(AGENT, JSON));
        assertEquals(409, second.statusCode(), second.body());
        assertEquals("/problems/conflict", json(second).getString("type"));

        var now = json(http().get("api/initiatives/" + id));
        assertEquals("Pyörätelineitä rautatieasemalle", now.getString("title"), "the first edit stands");
        var log = Http.jsonArray(http().get("api/initiatives/" + id + "/events", join(AGENT, JSON)));
        assertEquals(3, log.size(), "registered, assigned + one edit; the refused edit wrote no entry");
        assertEquals("EDITED", log.getJsonObject(0).getString("kind"));
        assertTrue(log.getJsonObject(0).getString("details").contains("title: Pyörätelineitä asemalle → Pyörätelineitä rautatieasemalle"));

        var withoutVersion = http().put("api/initiatives/" + id, newInitiative("Ilman versiota"), join(AGENT, JSON));
        assertEquals(400, withoutVersion.statusCode());
        assertEquals(404, http().put("api/initiatives/987654", edit, join(AGENT, JSON)).statusCode());
    }

    @Test
    void publicPagesAreServedAgainOnlyUntilTheirCaseChanges() {
        long id = register("Välimuistitesti");
        var first = http().get("initiative?id=" + id + "&lang=fi");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Content-Security-Policy").isPresent(), "cached pages keep the headers");
        var again = http().get("initiative?id=" + id + "&lang=fi", "If-None-Match", etag);
        assertEquals(304, again.statusCode(), "an unchanged page is not sent again");
        var swedish = http().get("initiative?id=" + id + "&lang=sv");
        assertTrue(swedish.body().contains("lang=\"sv\""), "each language is its own page");
        assertTrue(swedish.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("lang=sv")));
        var list = http().get("?lang=fi");
        assertTrue(list.body().contains("Välimuistitesti"));

        long version = json(http().get("api/initiatives/" + id)).getJsonNumber("version").longValue();
        String edit = newInitiative("Välimuistitesti muutettu").replace("{", "{\"version\": " + version + ", ");
        assertEquals(200, http().put("api/initiatives/" + id, edit, join(AGENT, JSON)).statusCode());

        var changed = http().get("initiative?id=" + id + "&lang=fi", "If-None-Match", etag);
        assertEquals(200, changed.statusCode(), "a change is seen at once");
        assertTrue(changed.body().contains("Välimuistitesti muutettu"));
        assertTrue(http().get("?lang=fi").body().contains("Välimuistitesti muutettu"), "and in the lists");
        assertEquals(404, http().get("initiative?id=98765432").statusCode());
    }

    @Test
    void publicAnswersNeverContainTheInitiatorsContactDetails() {
        long id = register("Yksityisyystesti");
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (var item : allPages("")) {
            answers.add(http().get("api/initiatives/" + item.getJsonNumber("id").longValue()));
            answers.add(http().get("initiative?id=" + item.getJsonNumber("id").longValue()));
        }
        answers.add(http().get("api/initiatives?limit=100"));
        answers.add(http().get(""));
        Set<String> leaks = new HashSet<>();
        for (var answer : answers) {
            assertEquals(200, answer.statusCode(), answer.uri().toString());
            for (String contact : concat(DEMO_CONTACTS, List.of("salainen.osoite@example.com", "+358 40 999 8877"))) {
                if (answer.body().contains(contact)) {
                    leaks.add(answer.uri() + " shows " + contact);
                }
            }
            assertFalse(answer.body().contains("initiatorEmail") || answer.body().contains("initiatorPhone"));
        }
        assertEquals(Set.of(), leaks);
        var detail = json(http().get("api/initiatives/" + id));
        assertTrue(!detail.containsKey("initiatorName") || detail.isNull("initiatorName"),
                "a name not chosen public is not shown: " + detail);
    }

    static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void healthOpenApiAndHeadersGiveNothingAway() {
        var ready = http().get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("UP"));

        var openapi = http().get("/openapi", "Accept", "application/json");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/initiatives"), "the API is documented");

        for (var response : List.of(http().get(""), http().get("api/initiatives"), http().get("no/such/page"),
                http().get("api/initiatives/abc"))) {
            var server = response.headers().firstValue("Server").orElse("");
            assertFalse(server.toLowerCase().contains("payara") || server.matches(".*\\d.*"), "Server: " + server);
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
            assertNotNull(response.headers().firstValue("Content-Security-Policy").orElse(null));
            assertFalse(response.body().contains("Payara"), response.uri() + " names the server");
            assertFalse(response.body().contains("Exception"), response.uri() + " shows an exception");
        }
        var notFound = http().get("no/such/page");
        assertEquals(404, notFound.statusCode());

        assertTrue(http().get("accessibility?lang=fi").body().contains("Saavutettavuusseloste"));
        assertTrue(http().get("privacy?lang=sv").body().contains("Dataskyddsbeskrivning"));
        for (String page : List.of("", "initiative?id=1", "?lang=sv", "api/initiatives", "accessibility", "privacy")) {
            var response = http().get(page);
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    "residents' pages keep no session: " + page);
        }
        var languageChoice = http().get("?lang=sv").headers().allValues("Set-Cookie");
        assertTrue(languageChoice.stream().anyMatch(c -> c.startsWith("lang=sv") && c.contains("HttpOnly")),
                "the language choice is remembered in a cookie: " + languageChoice);
    }

    @Test
    void aLoggedInSessionServesManyRequestsAtOnceAndApiCallsMakeNoSession() throws Exception {
        var login = http().get("login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow().split(";")[0];
        String state = login.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        String form = "login=login&login%3Ausername=aino&login%3Apassword=aloitepolku&login%3Asubmit=Kirjaudu"
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state, java.nio.charset.StandardCharsets.UTF_8);
        var loggedIn = http().send(http().request("login", "Cookie", cookie,
                "Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(302, loggedIn.statusCode(), loggedIn.body());
        String session = loggedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().map(c -> c.split(";")[0]).orElse(cookie);
        assertTrue(!session.equals(cookie), "the session id changes at login");

        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            var answers = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 48; i++) {
                answers.add(pool.submit(() -> http().get("staff/initiatives", "Cookie", session).statusCode()));
            }
            var codes = new ArrayList<Integer>();
            for (var answer : answers) {
                codes.add(answer.get());
            }
            assertTrue(codes.stream().allMatch(c -> c == 200), "every simultaneous request of the session: " + codes);
        } finally {
            pool.shutdown();
        }
        var api = http().get("api/initiatives/1/events", AGENT);
        assertEquals(200, api.statusCode());
        assertTrue(api.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "an API client authenticates per request and gets no session");
    }

    @Test
    void staffPagesNeedALoginAndTheSessionCookieIsGuarded() {
        var staff = http().get("staff/initiatives");
        assertEquals(302, staff.statusCode());
        assertTrue(staff.headers().firstValue("Location").orElse("").contains("/login?next="));

        var login = http().get("login");
        assertEquals(200, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertTrue(login.body().contains("jakarta.faces.ViewState"), "the login form carries its CSRF token");
        assertNull(http().get("WEB-INF/web.xml").headers().firstValue("Content-Type").filter(t -> t.contains("xml")).orElse(null));
    }


    @Test
    void theListFiltersByThemeYearChannelAndDistrictAndPagesByActivity() {
        var traffic = json(http().get("api/initiatives?theme=TRAFFIC&year=2026&limit=100")).getJsonArray("items");
        assertTrue(traffic.getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(i -> i.getString("title").startsWith("Katuvalot Väinölän")), traffic.toString());
        assertTrue(traffic.getValuesAs(jakarta.json.JsonObject.class).stream()
                .noneMatch(i -> i.getString("title").startsWith("Nuorisotila")));
        var paper = json(http().get("api/initiatives?channel=PAPER&limit=100")).getJsonArray("items");
        assertTrue(paper.getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(i -> i.getString("title").startsWith("Uimarannan esteettömyys")), paper.toString());

        // Latest activity first, two at a time: every case once, in non-increasing order of change
        java.util.List<Long> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = json(http().get("api/initiatives?sort=ACTIVITY&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            page.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)
                    .forEach(i -> seen.add(i.getJsonNumber("id").longValue()));
            cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
        } while (cursor != null && seen.size() < 400);
        assertEquals(seen.size(), new java.util.HashSet<>(seen).size(), "no case twice across pages");
        assertTrue(seen.size() >= 13);

        for (String bad : new String[] {"theme=NO_SUCH", "channel=FAX", "year=abc", "year=1800", "sort=RANDOM",
            "district=x", "sort=ACTIVITY&cursor=bm90LWEtY3Vyc29y"}) {
            var refused = http().get("api/initiatives?" + bad);
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
        }
    }
}
