package fi.aloitepolku.notification.follow;

import static fi.aloitepolku.testsupport.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import fi.aloitepolku.testsupport.Browser;
import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import fi.aloitepolku.testsupport.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Following by e-mail and by feed: subscribe, confirm by the mailed link, one message per public change,
 * one-click unsubscribe, polite pages for expired and broken links; both Atom feeds read with a real parser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FollowIT {

    static final String[] AGENT = Http.join(Http.basic("ville", "aloitepolku"), new String[] {"Accept", "application/json"});
    static final String[] ADMIN = Http.join(Http.basic("admin", "aloitepolku"), new String[] {"Accept", "application/json"});
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    Http http() {
        return new Http(base);
    }

    long register(long municipality, String title) {
        var created = http().post("api/initiatives", """
                {"municipalityId": %d, "title": "%s", "proposal": "Ehdotus.", "channel": "EMAIL", "publicity": "PUBLIC", "signatoryCount": 1,
                 "receivedOn": "%s", "initiatorName": "Testaaja"}""".formatted(municipality, title, TODAY), AGENT);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    void move(long id, String transition) {
        long version = Http.json(http().get("api/initiatives/" + id)).getJsonNumber("version").longValue();
        var moved = http().post("api/initiatives/" + id + "/transitions", """
                {"transition": "%s", "comment": "Perustelu", "commentPublic": true, "version": %d}"""
                .formatted(transition, version), AGENT);
        assertEquals(200, moved.statusCode(), moved.body());
    }

    List<MimeMessage> mails(String address, String subjectPart, int atLeast) {
        Predicate<MimeMessage> filter = TestMailServer.to(address).and(TestMailServer.subjectContains(subjectPart));
        for (int round = 0; round < 10 && TestMailServer.received(filter).size() < atLeast; round++) {
            http().post("api/admin/outbox/deliveries", "", ADMIN);
        }
        return TestMailServer.await(filter, atLeast, Duration.ofSeconds(5));
    }

    static String link(MimeMessage mail, String path) throws Exception {
        var matcher = LINK.matcher(String.valueOf(mail.getContent()));
        while (matcher.find()) {
            if (matcher.group().contains(path)) {
                return matcher.group();
            }
        }
        throw new AssertionError("no " + path + " link in " + mail.getContent());
    }

    /** The app's own links name its configured base URL; the test reaches it at its real port. */
    String here(String link) {
        return base + link.replaceFirst("^https?://[^/]+/", "");
    }

    void subscribe(Browser browser, String page, String email) {
        browser.open(base + page);
        browser.type(id("follow:email"), email);
        browser.find(id("follow:subscribe")).click();
        // The same answer for every address, in the page's language
        browser.wait(15).until(d -> !d.findElements(org.openqa.selenium.By.id("follow-requested")).isEmpty());
    }

    @Test
    void aResidentConfirmsGetsOneMessagePerChangeAndUnsubscribesWithOneClick() throws Exception {
        assumeFalse(Boolean.getBoolean("browser.tests.skip"), "browser tests switched off");
        long caseId = register(1, "Seurattava aloite " + System.nanoTime() % 100000);
        String email = "seuraaja." + System.nanoTime() + "@example.com";
        try (var browser = new Browser()) {
            subscribe(browser, "follow?initiative=" + caseId + "&lang=fi", email);
            // Asking again answers the same, and sends no second confirmation
            subscribe(browser, "follow?initiative=" + caseId + "&lang=fi", email);
            var confirmations = mails(email, "Vahvista tilaus", 1);
            assertEquals(1, confirmations.size());

            browser.open(here(link(confirmations.getFirst(), "/follow-confirm?token=")));
            assertTrue(browser.text("#follow-outcome").contains("Tilaus on nyt voimassa"));

            move(caseId, "ACCEPT");
            var updates = mails(email, "Aloitteen tilanne muuttui", 1);
            assertEquals(1, updates.size(), "one message for one change");
            assertEquals(1, mails(email, "Aloitteen tilanne muuttui", 1).size(), "and never a second one");

            // Opening the link alone (as a mail scanner does) changes nothing; the one button does
            browser.open(here(link(updates.getFirst(), "/unsubscribe?token=")));
            browser.find(id("unsubscribe:confirm")).click();
            assertTrue(browser.text("#follow-outcome").contains("Tilaus on peruttu"));
            move(caseId, "START_PREPARATION");
            http().deliverOutbox(ADMIN);
            Thread.sleep(1000);
            assertEquals(1, TestMailServer.received(TestMailServer.to(email)
                    .and(TestMailServer.subjectContains("Aloitteen tilanne muuttui"))).size(), "nothing after unsubscribing");
        }
    }

    @Test
    void aMunicipalitysFollowerHearsOfNewInitiatives() throws Exception {
        assumeFalse(Boolean.getBoolean("browser.tests.skip"), "browser tests switched off");
        String email = "kunta." + System.nanoTime() + "@example.com";
        try (var browser = new Browser()) {
            subscribe(browser, "follow?municipality=2&lang=fi", email);
            browser.open(here(link(mails(email, "Vahvista tilaus", 1).getFirst(), "/follow-confirm?token=")));
            assertTrue(browser.text("#follow-outcome").contains("voimassa"));
        }
        String title = "Uusi kankaanpääläinen aloite " + System.nanoTime() % 100000;
        register(2, title);
        register(1, "Porin aloite, ei kankaanpääläisille " + System.nanoTime() % 100000);
        var news = mails(email, "Uusi aloite", 1);
        assertEquals(1, news.size());
        assertTrue(news.getFirst().getSubject().contains(title));
    }

    @Test
    void expiredAndBrokenLinksGetPolitePages() throws Exception {
        assumeFalse(Boolean.getBoolean("browser.tests.skip"), "browser tests switched off");
        String email = "myohassa." + System.nanoTime() + "@example.com";
        try (var browser = new Browser()) {
            subscribe(browser, "follow?initiative=3&lang=en", email);
            String confirm = link(mails(email, "Confirm your subscription", 1).getFirst(), "/follow-confirm?token=");
            try (var db = DriverManager.getConnection(System.getProperty("app.test.dbUrl"), "root", "");
                 var s = db.prepareStatement("update subscription set requested_at = now() - interval 3 day where email = ?")) {
                s.setString(1, email);
                assertEquals(1, s.executeUpdate());
            }
            browser.open(here(confirm) + "&lang=en");
            assertTrue(browser.text("#follow-outcome").contains("has expired"), browser.text("#follow-outcome"));
            browser.open(base + "follow-confirm?token=broken&lang=en");
            assertTrue(browser.text("#follow-outcome").contains("not valid"));
            browser.open(base + "unsubscribe?lang=sv");
            browser.find(id("unsubscribe:confirm")).click();
            assertTrue(browser.text("#follow-outcome").contains("gäller inte"));
            browser.open(base + "follow?initiative=3&lang=en");
            browser.type(id("follow:email"), "someone@localhost");
            browser.find(id("follow:subscribe")).click();
            browser.waitForText("Give a valid e-mail address");
        }
    }

    @Test
    void bothAtomFeedsParseWithAFeedReaderAndCarryTheUpdates() throws Exception {
        String title = "Syötteen aloite " + System.nanoTime() % 100000;
        long caseId = register(2, title);
        move(caseId, "ACCEPT");

        var initiative = http().get("api/feeds/initiative/" + caseId + ".atom");
        assertEquals(200, initiative.statusCode());
        assertTrue(initiative.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        var feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(initiative.body().getBytes(StandardCharsets.UTF_8))));
        assertEquals(title, feed.getTitle());
        assertTrue(feed.getEntries().stream().anyMatch(e -> "Perustelu".equals(e.getDescription() == null ? null
                : e.getDescription().getValue())), "the public note of the status change");
        assertTrue(feed.getEntries().stream().allMatch(e -> e.getLink().endsWith("initiative?id=" + caseId)));
        assertTrue(!initiative.body().contains("Testaaja"), "no personal data");

        String etag = initiative.headers().firstValue("ETag").orElseThrow();
        var unchanged = http().get("api/feeds/initiative/" + caseId + ".atom", "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        move(caseId, "START_PREPARATION");
        var changed = http().get("api/feeds/initiative/" + caseId + ".atom", "If-None-Match", etag);
        assertEquals(200, changed.statusCode());
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());

        var municipality = http().get("api/feeds/municipality/2.atom");
        assertEquals(200, municipality.statusCode());
        var mfeed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(municipality.body().getBytes(StandardCharsets.UTF_8))));
        assertEquals("Kankaanpää", mfeed.getTitle());
        assertTrue(mfeed.getEntries().stream().anyMatch(e -> e.getTitle().equals(title)));
        assertEquals(404, http().get("api/feeds/municipality/999.atom").statusCode());
        assertEquals(404, http().get("api/feeds/initiative/999999.atom").statusCode());
    }
}
