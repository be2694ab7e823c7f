package fi.aloitepolku.assignment.web;

import static fi.aloitepolku.testsupport.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fi.aloitepolku.testsupport.Browser;
import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * What agents and administrators do in the browser: give a case to another agent and tell its initiator, see
 * the deadlines on the case page, and compare agents' workloads side by side (table and chart).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentWorkBrowserIT {

    static final String[] AGENT = Http.join(Http.basic("aino", "aloitepolku"),
            new String[] {"Accept", "application/json"});
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    void login(Browser browser, String page, String user) {
        browser.open(base + page);
        browser.waitForUrl("/login");
        browser.type(id("login:username"), user);
        browser.type(id("login:password"), "aloitepolku");
        browser.find(id("login:submit")).click();
        browser.waitForUrl(page.contains("?") ? page.substring(0, page.indexOf('?')) : page);
    }

    @Test
    void anAgentHandsACaseOverAndRecordsWhatTheInitiatorWasTold() {
        assumeFalse(Boolean.getBoolean("browser.tests.skip"), "browser tests switched off");
        var http = new Http(base);
        // 140 of Kankaanpää's 7 000 voters: the statutory clock runs, due six months after receipt
        var created = http.post("api/initiatives", """
                {"municipalityId": 2, "title": "Niinisalon pururata", "proposal": "Valaistus pururadalle.",
                 "channel": "PAPER", "publicity": "PUBLIC", "signatoryCount": 140, "receivedOn": "%s", "initiatorName": "Kyläyhdistys",
                 "theme": "SPORTS"}""".formatted(TODAY.minusDays(10)),
                Http.join(Http.basic("ville", "aloitepolku"), new String[] {"Accept", "application/json"}));
        assertEquals(201, created.statusCode(), created.body());
        long caseId = Http.json(created).getJsonNumber("id").longValue();

        try (var browser = new Browser()) {
            // Ville works for Kankaanpää; Aino only for Pori
            login(browser, "staff/initiative?id=" + caseId, "ville");
            String clocks = browser.text("#clock-table");
            assertTrue(clocks.contains("Valtuuston käsittely"), clocks);
            assertTrue(clocks.contains(TODAY.minusDays(10).plusMonths(6).getDayOfMonth() + "."), clocks);
            assertTrue(clocks.contains("päivää jäljellä"), clocks);

            // Aino does not take Kankaanpää's cases: she is not offered (the API refuses her with the reason)
            var offered = new Select(browser.find(id("agent:agentId"))).getOptions().stream()
                    .map(org.openqa.selenium.WebElement::getText).toList();
            assertFalse(offered.contains("Aino Osallisuusagentti"), offered.toString());
            assertTrue(offered.contains("Ville Viestintäsuunnittelija"), offered.toString());

            browser.open(base + "staff/initiative?id=" + caseId);
            browser.type(id("informed:body"), "Kiitos aloitteesta, se on kirjattu käsittelyyn.");
            new Select(browser.find(id("informed:purpose"))).selectByVisibleText("Vastaanottokuittaus");
            browser.find(id("informed:record-message")).click();
            browser.waitForText("Viesti kirjattiin.");
            assertTrue(browser.text("#initiator-messages").contains("Kiitos aloitteesta"));
            assertTrue(browser.text("#timeline").contains("Aloitteen tekijälle kerrottiin"));
            assertFalse(browser.text("#timeline").contains("Kiitos aloitteesta"), "the log names, not copies");
        }
    }

    @Test
    void anAdministratorComparesAgentsSideBySide() {
        assumeFalse(Boolean.getBoolean("browser.tests.skip"), "browser tests switched off");
        try (var browser = new Browser()) {
            login(browser, "staff/workload", "admin");
            String table = browser.text("#workload-table");
            assertTrue(table.contains("Aino Osallisuusagentti") && table.contains("Ville Viestintäsuunnittelija"), table);
            // The chart is drawn from the same numbers, with a text alternative
            var canvas = browser.driver().findElement(By.cssSelector("#workload-chart canvas"));
            assertTrue(canvas.getSize().getHeight() > 100, "the chart is drawn");
            assertFalse(browser.driver().findElement(By.id("workload-chart")).getAttribute("outerHTML").isBlank());

            browser.find("#workload-table tbody tr th a").click();
            browser.waitForUrl("agent=");
            assertTrue(browser.find("#deadlines-heading").getText().startsWith("Määräajat"));
        }
    }
}
