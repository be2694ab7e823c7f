package fi.aloitepolku.submission.web;

import static fi.aloitepolku.testsupport.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fi.aloitepolku.testsupport.Browser;
import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import fi.aloitepolku.testsupport.TestMailServer;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A resident's initiative from the web form to the public list: sent, receipted by e-mail with a private link,
 * invisible until an agent publishes it from the moderation queue. Bots filling the hidden field get nowhere.
 * (The tests run with a 2-second minimum fill time.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubmissionBrowserIT {

    static final String[] ADMIN = Http.join(Http.basic("admin", "aloitepolku"), new String[] {"Accept", "application/json"});

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    void fill(Browser browser, String title, String email) {
        browser.open(base + "submit?lang=fi");
        new Select(browser.find(id("submit:municipalityId"))).selectByVisibleText("Pori");
        browser.type(id("submit:title"), title);
        browser.type(id("submit:proposal"), "Rantaan tarvitaan lisää penkkejä ikääntyneille kävelijöille.");
        new Select(browser.find(id("submit:theme"))).selectByVisibleText("Ikääntyneet");
        browser.type(id("submit:name"), "Eeva Esimerkki");
        browser.type(id("submit:email"), email);
    }

    static void waitPastMinimumFillTime() {
        try {
            Thread.sleep(2300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSubmissionGoesThroughModerationToThePublicList() throws Exception {
        assumeFalse(Boolean.getBoolean("browser.tests.skip"), "browser tests switched off");
        String title = "Penkkejä Kallion rantaan " + System.nanoTime() % 100000;
        String email = "eeva." + System.nanoTime() + "@example.com";
        String privateLink;
        try (var browser = new Browser()) {
            fill(browser, title, email);
            waitPastMinimumFillTime();
            browser.find(id("submit:send")).click();
            browser.waitForUrl("/my-initiative?");
            assertTrue(browser.text("#receipt").contains("Kiitos aloitteestasi"));
            assertEquals("Odottaa tarkistusta", browser.text("#submission-state"));
            privateLink = browser.driver().getCurrentUrl().replace("&new=true", "").replace("new=true&", "");

            // Not public before moderation
            browser.open(base + "?lang=fi&q=" + java.net.URLEncoder.encode(title, "UTF-8"));
            var results = browser.driver().findElements(org.openqa.selenium.By.cssSelector("#initiative-list"));
            assertTrue(results.isEmpty() || !results.getFirst().getText().contains(title),
                    "nothing reaches the public pages unmoderated");
        }

        // The receipt, with the private link, arrives through the outbox
        new Http(base).deliverOutbox(ADMIN);
        var receipts = TestMailServer.await(TestMailServer.to(email), 1, Duration.ofSeconds(15));
        assertEquals(1, receipts.size());
        String receipt = String.valueOf(receipts.getFirst().getContent());
        assertTrue(receipt.contains("/my-initiative?token="), receipt);

        try (var browser = new Browser()) {
            browser.open(base + "staff/moderation");
            browser.waitForUrl("/login");
            browser.type(id("login:username"), "aino");
            browser.type(id("login:password"), "aloitepolku");
            browser.find(id("login:submit")).click();
            browser.waitForUrl("/staff/moderation");
            assertTrue(browser.source().contains(email), "moderators see the sender");
            var article = browser.driver().findElements(org.openqa.selenium.By.xpath(
                    "//article[h2[text()='" + title + "']]")).getFirst();
            article.findElement(org.openqa.selenium.By.cssSelector("input[value='Julkaise']")).click();
            browser.waitForText("Aloite julkaistiin asiaksi.");
            assertFalse(browser.source().contains(title), "it left the queue");

            browser.open(privateLink);
            assertEquals("Julkaistu ja otettu käsittelyyn", browser.text("#submission-state"));
            browser.find("#public-case").click();
            browser.waitForText(title);
            assertFalse(browser.source().contains(email), "contact details never public");
            assertFalse(browser.source().contains("Eeva Esimerkki"), "the name only if the resident chose so");
        }
        var list = Http.json(new Http(base).get("api/initiatives?limit=100&status=RECEIVED"));
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("title").equals(title)), "a received case now, listed publicly");
    }

    @Test
    void aBotFillingTheHiddenFieldOrSendingAtOnceIsRefusedPolitelyAndNothingIsSaved() {
        assumeFalse(Boolean.getBoolean("browser.tests.skip"), "browser tests switched off");
        String title = "Botin aloite " + System.nanoTime() % 100000;
        try (var browser = new Browser()) {
            // A bot sends the form with a ticket it made up (the signed "shown at" time cannot be forged: it reads
            // as "just shown"), which is what sending at once looks like; the timing rule itself is unit-tested
            fill(browser, title, "botti@example.com");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('submit:ticket').value = arguments[0]",
                    (System.currentTimeMillis() / 1000 - 60) + ".forged");
            browser.find(id("submit:send")).click();
            browser.waitForText("Lomake lähetettiin hyvin nopeasti");
            assertEquals(title, browser.find(id("submit:title")).getAttribute("value"), "the input stays");

            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('submit:website').value = 'http://spam.example'");
            waitPastMinimumFillTime();
            browser.find(id("submit:send")).click();
            browser.waitForText("Lomaketta ei voitu lähettää");
        }
        var queue = new Http(base).get("api/submissions?limit=100", ADMIN).body();
        assertFalse(queue.contains(title), "nothing saved");
    }

    @Test
    void anUnknownPrivateLinkGetsAPolitePage() {
        assumeFalse(Boolean.getBoolean("browser.tests.skip"), "browser tests switched off");
        try (var browser = new Browser()) {
            browser.open(base + "my-initiative?token=not-a-real-token&lang=en");
            assertTrue(browser.text("#unknown-link").contains("This link is not valid"));
        }
    }
}
