package fi.aloitepolku.initiative.web;

import static fi.aloitepolku.testsupport.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fi.aloitepolku.testsupport.Browser;
import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** What staff and residents do, in a real Chromium against the deployed application. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InitiativeBrowserIT {

    @ArquillianResource
    URL base;

    Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void openBrowser() {
        assumeFalse(Boolean.getBoolean("browser.tests.skip"), "browser tests switched off");
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return base.toString() + path;
    }

    void logIn(String username) {
        browser.open(url("staff/initiatives"));
        browser.wait(15).until(d -> d.getCurrentUrl().contains("/login"));
        browser.type(id("login:username"), username);
        browser.type(id("login:password"), "aloitepolku");
        browser.find(id("login:submit")).click();
        browser.wait(15).until(d -> d.getCurrentUrl().contains("/staff/initiatives"));
    }

    @Test
    void anAgentRegistersAnInitiativeAndAResidentFindsItsPublicPage() {
        logIn("aino");
        browser.find("#nav-new").click();
        browser.find(id("register:save")).click();
        browser.waitForText("Anna aloitteelle otsikko.");
        assertTrue(browser.source().contains("Valitse kunta."), "the missing municipality is named");
        assertTrue(browser.source().contains("Anna aloitteen tekijän nimi."), "the missing name is named");

        new Select(browser.find(id("register:municipalityId"))).selectByVisibleText("Pori");
        browser.type(id("register:title"), "Luistinrata Porin torille");
        browser.type(id("register:proposal"), "Talveksi torille jäädytetään luistinrata koko perheelle.");
        browser.type(id("register:signatoryCount"), "17");
        browser.type(id("register:initiatorName"), "Liisa Luistelija");
        browser.type(id("register:initiatorEmail"), "liisa.luistelija@example.com");
        browser.type(id("register:initiatorPhone"), "040 555 1234");
        assertTrue(browser.text("#publicity-choice").contains("julkaistaan seulonnan jälkeen"),
                "the form says when a case becomes public by default");
        // Public at once: this test is about residents finding it
        new Select(browser.find(id("register:publicity"))).selectByVisibleText("Julkinen");
        browser.find(id("register:save")).click();

        browser.waitForUrl("/staff/initiative?");
        assertEquals("Luistinrata Porin torille", browser.text("#case-title"));
        assertEquals("Saapunut", browser.text("#case-status"));
        assertTrue(browser.text("#timeline").contains("Aloite kirjattiin"), "the case log shows the registration");
        String caseUrl = browser.driver().getCurrentUrl();
        String caseId = caseUrl.substring(caseUrl.indexOf("id=") + 3);

        browser.open(url("staff/initiatives"));
        browser.type(id("cases:text"), "Luistinrata");
        browser.find(id("cases:filter")).click();
        browser.wait(15).until(d -> d.findElements(By.cssSelector(id("cases:table") + " tbody tr")).size() == 1
                && d.findElement(By.cssSelector(id("cases:table") + " tbody")).getText().contains("Luistinrata Porin torille"));

        // A resident: no session, no login
        browser.driver().manage().deleteAllCookies();
        browser.open(url("?lang=fi"));
        browser.find("#initiative-list");
        browser.driver().findElement(By.linkText("Luistinrata Porin torille")).click();
        browser.wait(15).until(d -> d.getCurrentUrl().contains("initiative?id=" + caseId));
        assertEquals("Luistinrata Porin torille", browser.text("h1"));
        assertEquals("Aloite on saapunut ja odottaa käsittelyä", browser.text("#stage strong"));
        String page = browser.source();
        assertFalse(page.contains("liisa.luistelija@example.com"), "no e-mail on the public page");
        assertFalse(page.contains("040 555 1234"), "no phone on the public page");
        assertFalse(page.contains("Liisa Luistelija"), "the name was not chosen public");

        browser.driver().findElement(By.cssSelector("a[hreflang=sv]")).click();
        browser.wait(15).until(d -> d.getCurrentUrl().contains("lang=sv"));
        assertTrue(browser.driver().getCurrentUrl().contains("id=" + caseId), "the language switch keeps the page");
        assertEquals("Initiativet har kommit in och väntar på behandling", browser.text("#stage strong"));
        assertEquals("sv", browser.find("html").getAttribute("lang"));
    }

    @Test
    void theStaffListPagesForwardBackAndToEitherEndWithoutGapsOrRepeats() {
        // 45 cases of their own, received on successive days: three pages of 20, 20 and 5
        var http = new Http(base);
        String[] agent = Http.join(Http.basic("aino", "aloitepolku"), new String[] {"Accept", "application/json"});
        for (int i = 0; i < 45; i++) {
            var created = http.post("api/initiatives", """
                    {"municipalityId": 1, "title": "Sivutus %02d", "proposal": "Sivutustesti.", "channel": "EMAIL", "publicity": "PUBLIC",
                     "signatoryCount": 1, "receivedOn": "%s", "initiatorName": "Testi"}"""
                    .formatted(i, java.time.LocalDate.of(2025, 1, 1).plusDays(i)), agent);
            assertEquals(201, created.statusCode(), created.body());
        }
        logIn("aino");
        browser.type(id("cases:text"), "Sivutus");
        browser.find(id("cases:filter")).click();
        // Newest first: 44 … 25, then 24 … 5, then 4 … 0
        var first = expectRows(range(44, 25), null);
        assertTrue(browser.text(id("cases:table") + " .ui-paginator-current").contains("1 / 3"),
                browser.text(id("cases:table") + " .ui-paginator-current"));
        var second = expectRows(range(24, 5), ".ui-paginator-next");
        var third = expectRows(range(4, 0), ".ui-paginator-next");
        expectRows(second, ".ui-paginator-prev");
        expectRows(first, ".ui-paginator-first");
        expectRows(third, ".ui-paginator-last");
        expectRows(second, ".ui-paginator-prev");
        var seen = new java.util.HashSet<String>();
        java.util.stream.Stream.of(first, second, third).forEach(seen::addAll);
        assertEquals(45, seen.size(), "every case once");

        // By title, A to Ö: the same walk in another order, each page read from beside the last
        browser.find(id("cases:table") + " th.ui-sortable-column").click();
        expectRows(range(0, 19), null);
        expectRows(range(20, 39), ".ui-paginator-next");
        expectRows(range(40, 44), ".ui-paginator-last");
        expectRows(range(20, 39), ".ui-paginator-prev");
    }

    /** "Sivutus NN" titles from one number to another, either way. */
    static java.util.List<String> range(int from, int to) {
        int step = from <= to ? 1 : -1;
        var titles = new java.util.ArrayList<String>();
        for (int i = from; i != to + step; i += step) {
            titles.add("Sivutus %02d".formatted(i));
        }
        return titles;
    }

    /** Clicks a paginator button (or nothing), then waits until the table shows exactly these titles. */
    java.util.List<String> expectRows(java.util.List<String> expected, String button) {
        if (button != null) {
            browser.find(id("cases:table") + " " + button).click();
        }
        try {
            browser.wait(15).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> titlesShown().equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("After " + button + " the table shows " + titlesShown() + ", expected " + expected, e);
        }
        return expected;
    }

    java.util.List<String> titlesShown() {
        return browser.driver().findElements(By.cssSelector(id("cases:table") + " tbody tr td:first-child a")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    @Test
    void aSaveOverSomeoneElsesNewerSaveIsRefusedAndTheInputStays() {
        var http = new Http(base);
        var created = http.post("api/initiatives", """
                {"municipalityId": 2, "title": "Lisää roska-astioita rantaan", "proposal": "Rannalle roska-astioita.",
                 "channel": "PAPER", "publicity": "PUBLIC", "signatoryCount": 2, "receivedOn": "2026-01-15", "initiatorName": "Risto"}
                """, Http.join(Http.basic("ville", "aloitepolku"), new String[] {"Accept", "application/json"}));
        assertEquals(201, created.statusCode(), created.body());
        long caseId = Http.json(created).getJsonNumber("id").longValue();

        logIn("ville");
        browser.open(url("staff/initiative?id=" + caseId));
        browser.type(id("case:title"), "Roska-astioita Kankaanpään uimarannalle");

        // Meanwhile a colleague saves through the API
        var current = Http.json(http.get("api/initiatives/" + caseId));
        var colleague = http.put("api/initiatives/" + caseId, """
                {"version": %d, "municipalityId": 2, "title": "Roska-astioita uimarannalle", "proposal": "Rannalle roska-astioita.",
                 "channel": "PAPER", "publicity": "PUBLIC", "signatoryCount": 2, "receivedOn": "2026-01-15", "initiatorName": "Risto"}
                """.formatted(current.getJsonNumber("version").longValue()),
                Http.join(Http.basic("admin", "aloitepolku"), new String[] {"Accept", "application/json"}));
        assertEquals(200, colleague.statusCode(), colleague.body());

        browser.find(id("case:save")).click();
        browser.find("#conflict");
        assertTrue(browser.source().contains("Joku muu on tallentanut tähän asiaan muutoksia"));
        assertEquals("Roska-astioita Kankaanpään uimarannalle", browser.find(id("case:title")).getAttribute("value"),
                "what the user typed is still in the form");
        assertEquals("Roska-astioita uimarannalle", Http.json(http.get("api/initiatives/" + caseId)).getString("title"),
                "the colleague's save stands");
    }

    @Test
    void aPreparerCompletesStepsAndProposesADecisionThatResidentsThenSee() {
        var http = new Http(base);
        String[] agent = Http.join(Http.basic("aino", "aloitepolku"), new String[] {"Accept", "application/json"});
        String[] preparer = Http.join(Http.basic("pekka", "aloitepolku"), new String[] {"Accept", "application/json"});
        var created = http.post("api/initiatives", """
                {"municipalityId": 1, "title": "Kuntosalilaitteet Kirjurinluotoon", "proposal": "Ulkokuntosali puistoon.",
                 "channel": "EMAIL", "publicity": "PUBLIC", "signatoryCount": 9, "receivedOn": "2026-10-01", "initiatorName": "Kaisa"}
                """, agent);
        long id = Http.json(created).getJsonNumber("id").longValue();
        for (String[] move : new String[][] {{"ACCEPT", "\"Kuuluu kaupungille\"", "aino"}, {"START_PREPARATION", "null", "pekka"}}) {
            long version = Http.json(http.get("api/initiatives/" + id)).getJsonNumber("version").longValue();
            var moved = http.post("api/initiatives/" + id + "/transitions", "{\"transition\": \"%s\", \"comment\": %s, \"version\": %d}"
                    .formatted(move[0], move[1], version), move[2].equals("aino") ? agent : preparer);
            assertEquals(200, moved.statusCode(), moved.body());
        }
        // Steps 1, 2 and 4 were recorded earlier (through the API); the preparer records 5 and 9 on the page
        var steps = Http.json(http.get("api/initiatives/" + id + "/steps", preparer)).getJsonArray("steps")
                .getValuesAs(jakarta.json.JsonObject.class);
        for (var step : steps) {
            int position = step.getInt("position");
            if (position == 1 || position == 2 || position == 4) {
                var recorded = http.put("api/initiatives/" + id + "/steps/" + step.getJsonNumber("id"), """
                        {"state": "DONE", "date": "2026-10-15", "publicEntry": true, "version": %d}"""
                        .formatted(step.getJsonNumber("version").longValue()), preparer);
                assertEquals(200, recorded.statusCode(), recorded.body());
            }
        }

        logIn("pekka");
        browser.open(url("staff/initiative?id=" + id));
        assertTrue(browser.text("#blocked-moves").contains("5, 9"), "the page says what blocks the proposal");

        browser.find("#edit-step-5").click();
        browser.find(id("step:save"));
        browser.driver().findElement(By.cssSelector("input[name='step:state'][value='DONE']")).click();
        browser.type(id("step:date_input"), "20.10.2026");
        browser.type(id("step:doneBy"), "Pekka Valmistelija");
        browser.type(id("step:note"), "Vastauksia tuli 140.");
        assertFalse(browser.find(id("step:publicEntry")).isSelected(), "a step record starts internal");
        browser.find(id("step:publicEntry")).click();
        var url = browser.driver().findElements(By.cssSelector("input[type=url]")).getFirst();
        url.sendKeys("https://www.otakantaa.fi/fi-FI/projects/4242");
        browser.find(id("step:save")).click();
        browser.waitForUrl("/staff/initiative?");
        assertTrue(browser.text("#step-5").contains("Tehty"), browser.text("#step-5"));

        browser.find("#edit-step-9").click();
        browser.find(id("step:save"));
        browser.driver().findElement(By.cssSelector("input[name='step:state'][value='DONE']")).click();
        browser.type(id("step:date_input"), "22.10.2026");
        browser.find(id("step:save")).click();
        browser.waitForUrl("/staff/initiative?");
        assertTrue(browser.text("#progress").matches("(?s).*Tehty 5 / 1\\d.*"), browser.text("#progress"));

        new Select(browser.find(id("move:transition"))).selectByValue("PROPOSE_DECISION");
        browser.type(id("move:comment"), "Esitys vapaa-aikalautakunnalle");
        browser.find(id("move:apply")).click();
        browser.waitForText("Päätösesitys tehty");
        assertEquals("Päätösesitys tehty", browser.text("#case-status"));

        browser.driver().manage().deleteAllCookies();
        browser.open(url("initiative?id=" + id + "&lang=fi"));
        assertEquals("Päätösesitys on tehty", browser.text("#stage strong"));
        assertEquals("step", browser.find(".stage-path li.stage-current").getAttribute("aria-current"));
        String steps5 = browser.text("#public-steps");
        assertTrue(steps5.contains("Avataan julkinen kuuleminen"), steps5);
        assertTrue(browser.source().contains("https://www.otakantaa.fi/fi-FI/projects/4242"), "the hearing link is public");
        assertFalse(browser.source().contains("Vastauksia tuli 140."), "the internal note is not");
    }

    @Test
    void aResidentSearchesAndFiltersByThemeYearAndDistrictAndTheUrlKeepsTheFilters() {
        browser.open(url("?lang=fi"));
        new Select(browser.find("#f-theme")).selectByValue("TRAFFIC");
        new Select(browser.find("#f-year")).selectByVisibleText("2026");
        browser.find("form.filters button[type=submit]").click();
        browser.waitForUrl("theme=TRAFFIC");
        String list = browser.text("#initiative-list");
        assertTrue(list.contains("Katuvalot Väinölän kevyen liikenteen väylälle"), list);
        assertFalse(list.contains("Nuorisotila Itä-Poriin"), "a youth matter is not traffic");
        String bookmarked = browser.driver().getCurrentUrl();
        assertTrue(bookmarked.contains("year=2026"), bookmarked);

        // The same link opened afresh shows the same list, its filters still chosen
        browser.driver().manage().deleteAllCookies();
        browser.open(bookmarked);
        assertEquals(list, browser.text("#initiative-list"));
        assertEquals("TRAFFIC", new Select(browser.find("#f-theme")).getFirstSelectedOption().getAttribute("value"));

        new Select(browser.find("#f-theme")).selectByIndex(0);
        new Select(browser.find("#f-district")).selectByVisibleText("Pori – Itä-Pori");
        browser.find("form.filters button[type=submit]").click();
        browser.waitForUrl("district=");
        String east = browser.text("#initiative-list");
        assertTrue(east.contains("Nuorisotila Itä-Poriin"), east);
        assertFalse(east.contains("Katuvalot"), east);

        // Words and latest activity first
        browser.open(url("?lang=fi&q=rollaattorilla&sort=ACTIVITY"));
        assertTrue(browser.text("#initiative-list").contains("Uimarannan esteettömyys Yyterissä"));
        assertEquals("ACTIVITY", new Select(browser.find("#f-sort")).getFirstSelectedOption().getAttribute("value"));

        browser.open(url("?lang=en&theme=NO_SUCH"));
        assertTrue(browser.source().contains("Unknown theme"), "an unknown filter gets a polite message");
    }

    @Test
    void residentsPagesHaveNoWcagViolations() {
        var pages = java.util.List.of("?lang=fi", "?lang=sv&status=IN_PREPARATION", "?lang=en&q=uimaranta",
                "initiative?id=3&lang=fi", "initiative?id=4&lang=sv", "initiative?id=5&lang=fi", "initiative?id=11&lang=en", "login?lang=fi", "no/such/page?lang=fi", "accessibility?lang=fi",
                "accessibility?lang=sv", "privacy?lang=en", "submit?lang=fi", "submit?lang=sv",
                "my-initiative?token=unknown&lang=en", "follow?initiative=3&lang=fi", "follow?municipality=1&lang=sv",
                "follow-confirm?token=unknown&lang=en", "unsubscribe?token=unknown&lang=fi", "?lang=fi&municipality=1", "developers?lang=fi", "developers?lang=en", "statistics?lang=fi", "statistics?lang=sv&municipality=1&from=2025-01-01",
                "annual-report?lang=fi&municipality=1&from=2026-01-01&to=2026-12-31", "annual-report?lang=sv");
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (String page : pages) {
            browser.open(url(page));
            browser.find("main");
            var results = new com.deque.html.axecore.selenium.AxeBuilder()
                    .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser.driver());
            for (var violation : results.getViolations()) {
                problems.add(page + ": " + violation.getId() + " – " + violation.getHelp() + " "
                        + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
            assertTrue(results.getPasses().size() > 10, "axe ran on " + page);
        }
        assertEquals(java.util.List.of(), problems, "WCAG 2.1 A/AA violations");
    }

    @Test
    void residentsPagesWorkByKeyboardAlone() {
        browser.open(url("?lang=fi"));
        var body = browser.find("body");
        body.sendKeys(org.openqa.selenium.Keys.TAB);
        var first = browser.driver().switchTo().activeElement();
        assertEquals("Siirry sisältöön", first.getText(), "the first Tab reaches the skip link");
        first.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertTrue(browser.driver().getCurrentUrl().endsWith("#main"));
        // Tab through to the search field, type and submit with Enter
        var search = browser.find("#f-q");
        int tabs = 0;
        while (!search.equals(browser.driver().switchTo().activeElement()) && tabs++ < 30) {
            browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        }
        assertTrue(tabs < 30, "the search field is reachable by Tab");
        search.sendKeys("rollaattorilla", org.openqa.selenium.Keys.ENTER);
        browser.waitForUrl("q=rollaattorilla");
        assertTrue(browser.text("#initiative-list").contains("Uimarannan esteettömyys Yyterissä"));
    }
}
