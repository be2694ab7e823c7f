package fi.aloitepolku.notification;

import static fi.aloitepolku.testsupport.Http.basic;
import static fi.aloitepolku.testsupport.Http.join;
import static fi.aloitepolku.testsupport.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import fi.aloitepolku.testsupport.TestMailServer;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications and the outbox against a real SMTP server: an assigned agent is told in the app and by one
 * e-mail; a mail survives the mail server being down and arrives once when it is back; the reminder job
 * announces a deadline once, however often it runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

    static final String[] JSON = {"Accept", "application/json", "Accept-Language", "en"};
    static final String[] ADMIN = join(basic("admin", "aloitepolku"), JSON);
    static final String[] AGENT = join(basic("aino", "aloitepolku"), JSON);
    static final String[] VILLE = join(basic("ville", "aloitepolku"), JSON);
    static final String VILLE_MAIL = "ville.viestinta@example.fi";
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

    long register(long municipality, String title, String theme, int signatories, LocalDate received) {
        var created = http().post("api/initiatives", """
                {"municipalityId": %d, "title": "%s", "proposal": "Ehdotus.", "channel": "EMAIL", "publicity": "PUBLIC",
                 "signatoryCount": %d, "receivedOn": "%s", "initiatorName": "Testaaja", "theme": %s}"""
                .formatted(municipality, title, signatories, received, theme == null ? "null" : "\"" + theme + "\""),
                ADMIN); // the deployment's administrator registers in any municipality

        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    /** Every notification of a user, following the pages. */
    List<JsonObject> notices(String[] who) {
        List<JsonObject> all = new ArrayList<>();
        String path = "api/notifications?limit=100";
        while (path != null) {
            var page = json(http().get(path, who));
            all.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            path = !page.containsKey("before") || page.isNull("before") ? null
                    : "api/notifications?limit=100&before=" + page.getJsonNumber("before").longValue();
        }
        return all;
    }

    List<JsonObject> noticesOf(String[] who, long caseId) {
        return notices(who).stream().filter(n -> n.containsKey("initiativeId") && !n.isNull("initiativeId")
                && n.getJsonNumber("initiativeId").longValue() == caseId).toList();
    }

    JsonObject deliver() {
        var report = http().post("api/admin/outbox/deliveries", "", ADMIN);
        assertEquals(200, report.statusCode(), report.body());
        return json(report);
    }

    @Test
    void theAssignedAgentIsToldInTheAppAndByOneEmail() {
        long caseId = register(1, "Pyöräkaista Itätullille", "TRAFFIC", 1, TODAY);
        var assigned = noticesOf(VILLE, caseId);
        assertEquals(1, assigned.size(), assigned.toString());
        assertEquals("CASE_ASSIGNED", assigned.getFirst().getString("kind"));
        assertTrue(assigned.getFirst().getString("subject").contains(String.valueOf(caseId)));
        assertFalse(assigned.getFirst().getBoolean("read"));

        http().deliverOutbox(ADMIN);
        var subject = TestMailServer.subjectContains("asia " + caseId + ":");
        var mails = TestMailServer.await(TestMailServer.to(VILLE_MAIL).and(subject), 1, Duration.ofSeconds(10));
        assertEquals(1, mails.size());
        http().deliverOutbox(ADMIN);
        assertEquals(1, TestMailServer.received(TestMailServer.to(VILLE_MAIL).and(subject)).size(), "sent once");

        // Marking it read lowers the unread count
        long unread = json(http().get("api/notifications", VILLE)).getJsonNumber("unread").longValue();
        var read = http().post("api/notifications/" + assigned.getFirst().getJsonNumber("id").longValue() + "/read",
                "", VILLE);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(unread - 1, json(read).getJsonNumber("unread").longValue());
        // Nobody else can mark it
        assertEquals(404, http().post("api/notifications/" + assigned.getFirst().getJsonNumber("id").longValue()
                + "/read", "", AGENT).statusCode());
    }

    @Test
    void aMailWaitsWhileTheMailServerIsDownAndArrivesOnceWhenItIsBack() throws Exception {
        String recipient = "katko-" + System.nanoTime() + "@example.fi";
        TestMailServer.stop();
        try {
            assertEquals(202, http().post("api/admin/outbox/test-message", """
                    {"recipient": "%s"}""".formatted(recipient), ADMIN).statusCode());
            deliver();
            var waiting = outboxEntry(recipient);
            assertEquals("PENDING", waiting.getString("status"), waiting.toString());
            assertTrue(waiting.getInt("attempts") >= 1);
            assertFalse(waiting.getString("lastError").isBlank());
            assertTrue(TestMailServer.received(TestMailServer.to(recipient)).isEmpty());
        } finally {
            TestMailServer.start();
        }
        // The retry delay (1 s in tests, doubling) passes; the sender or the timer then delivers it
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (TestMailServer.received(TestMailServer.to(recipient)).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(500);
            deliver();
        }
        assertEquals(1, TestMailServer.received(TestMailServer.to(recipient)).size());
        assertEquals("SENT", outboxEntry(recipient).getString("status"));
        deliver();
        assertEquals(1, TestMailServer.received(TestMailServer.to(recipient)).size(), "never twice");
    }

    JsonObject outboxEntry(String recipient) {
        var page = json(http().get("api/admin/outbox?limit=100", ADMIN));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("recipient").equals(recipient)).findFirst().orElseThrow();
    }

    @Test
    void theReminderJobAnnouncesADeadlineOnceHoweverOftenItRuns() {
        // Kankaanpää (only Ville covers it): 140 of 7 000 voters, received seven months ago, so the statutory
        // six months have passed
        long caseId = register(2, "Uimahallin aukioloajat", null, 140, TODAY.minusMonths(7));
        LocalDate period = TODAY.plusDays(1);

        var first = json(http().post("api/admin/reminder-runs", "{\"period\": \"%s\"}".formatted(period), ADMIN));
        assertTrue(first.getBoolean("ran"));
        var announced = noticesOf(VILLE, caseId).stream()
                .filter(n -> n.getString("kind").equals("DEADLINE_PASSED")).toList();
        assertTrue(announced.stream().anyMatch(n -> n.getString("text").contains("Council to take it up")),
                announced.toString());
        assertTrue(noticesOf(ADMIN, caseId).stream().anyMatch(n -> n.getString("kind").equals("DEADLINE_PASSED")),
                "administrators hear of deadlines passed");

        var again = json(http().post("api/admin/reminder-runs", "{\"period\": \"%s\"}".formatted(period), ADMIN));
        assertFalse(again.getBoolean("ran"), "a period runs once");
        var nextDay = json(http().post("api/admin/reminder-runs", "{\"period\": \"%s\"}".formatted(period.plusDays(1)),
                ADMIN));
        assertTrue(nextDay.getBoolean("ran"));
        assertEquals(announced.size(), noticesOf(VILLE, caseId).stream()
                .filter(n -> n.getString("kind").equals("DEADLINE_PASSED")).count(), "no deadline announced twice");

        // The run announced every deadline of the demo data too: deliver round after round (50 a round)
        var ours = TestMailServer.to(VILLE_MAIL).and(TestMailServer.subjectContains("ylittyi: asia " + caseId));
        for (int round = 0; round < 20 && TestMailServer.received(ours).size() < announced.size(); round++) {
            deliver();
        }
        TestMailServer.await(ours, announced.size(), Duration.ofSeconds(5));
        assertEquals(announced.size(), TestMailServer.received(ours).size(), "one e-mail per announcement");
    }

    @Test
    void theOutboxIsForAdministratorsAndRefusesUnknownFilters() {
        assertEquals(403, http().get("api/admin/outbox", AGENT).statusCode());
        assertEquals(403, http().post("api/admin/reminder-runs", "{}", AGENT).statusCode());
        var unknown = http().get("api/admin/outbox?status=LOST", ADMIN);
        assertEquals(400, unknown.statusCode(), unknown.body());
        var badAddress = http().post("api/admin/outbox/test-message", "{\"recipient\": \"not an address\"}", ADMIN);
        assertEquals(400, badAddress.statusCode(), badAddress.body());
        assertTrue(badAddress.body().contains("valid e-mail address"), badAddress.body());
    }
}
