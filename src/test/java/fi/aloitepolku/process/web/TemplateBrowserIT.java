package fi.aloitepolku.process.web;

import static fi.aloitepolku.testsupport.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fi.aloitepolku.testsupport.Browser;
import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An administrator adjusts the process without touching code: copies the default template, adds and
 * moves a step, publishes the copy. New cases follow the new template; a case accepted before keeps its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TemplateBrowserIT {

    static final String[] AGENT = Http.join(Http.basic("ville", "aloitepolku"), new String[] {"Accept", "application/json"});

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    long acceptedCase(Http http, String title) {
        var created = http.post("api/initiatives", """
                {"municipalityId": 2, "title": "%s", "proposal": "Ehdotus.", "channel": "SURVEY", "publicity": "PUBLIC", "signatoryCount": 30,
                 "receivedOn": "2026-09-01", "initiatorName": "Kysely"}""".formatted(title), AGENT);
        long id = Http.json(created).getJsonNumber("id").longValue();
        long version = Http.json(http.get("api/initiatives/" + id)).getJsonNumber("version").longValue();
        var accepted = http.post("api/initiatives/" + id + "/transitions",
                "{\"transition\": \"ACCEPT\", \"comment\": \"Ok\", \"version\": " + version + "}", AGENT);
        assertEquals(200, accepted.statusCode(), accepted.body());
        return id;
    }

    List<String> stepNames(Http http, long id) {
        return Http.json(http.get("api/initiatives/" + id + "/steps", AGENT)).getJsonArray("steps")
                .getValuesAs(JsonObject.class).stream().map(s -> s.getString("nameFi")).toList();
    }

    @Test
    void anAdminPublishesAnAdjustedCopyAndOnlyNewCasesFollowIt() {
        assumeFalse(Boolean.getBoolean("browser.tests.skip"), "browser tests switched off");
        var http = new Http(base);
        long before = acceptedCase(http, "Ennen uutta pohjaa");
        int stepsBefore = stepNames(http, before).size();

        try (var browser = new Browser()) {
            browser.open(base + "staff/admin/templates");
            browser.waitForUrl("/login");
            browser.type(id("login:username"), "admin");
            browser.type(id("login:password"), "aloitepolku");
            browser.find(id("login:submit")).click();
            browser.waitForUrl("/staff/admin/templates");

            browser.driver().findElements(By.cssSelector("input[type=submit][value=Kopioi]")).getFirst().click();
            browser.waitForUrl("/staff/admin/template?");
            browser.type(id("template:name"), "Valmistelu ja viestintä 2027");
            browser.find(id("template:save")).click();
            browser.waitForText("Pohja tallennettiin.");

            browser.type(id("add:fi"), "Vaikutusten seuranta vuoden kuluttua");
            browser.type(id("add:sv"), "Uppföljning av effekterna efter ett år");
            browser.type(id("add:en"), "Follow-up of the impacts after a year");
            browser.driver().findElement(By.cssSelector(id("add:optional"))).click();
            browser.find(id("add:add")).click();
            browser.waitForText("Vaikutusten seuranta");

            // Move the new last step one place up
            var upButtons = browser.driver().findElements(By.cssSelector("input[type=submit][value='Ylös']"));
            upButtons.getLast().click();
            browser.waitForText("Pohja tallennettiin.");

            browser.open(base + "staff/admin/templates");
            browser.driver().findElements(By.cssSelector("input[type=submit][value='Julkaise oletukseksi']")).getFirst().click();
            browser.waitForText("Pohja julkaistiin oletukseksi.");
            assertTrue(browser.text("#template-table").contains("Valmistelu ja viestintä 2027"));
        }

        long after = acceptedCase(http, "Uuden pohjan mukaan");
        List<String> newSteps = stepNames(http, after);
        assertEquals(stepsBefore + 1, newSteps.size(), "the new case follows the published copy");
        assertEquals("Vaikutusten seuranta vuoden kuluttua", newSteps.get(newSteps.size() - 2), "moved up one place");
        assertEquals(stepsBefore, stepNames(http, before).size(), "the earlier case keeps the template it started with");
    }
}
