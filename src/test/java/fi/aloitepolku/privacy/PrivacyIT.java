package fi.aloitepolku.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.submission.domain.FormTicket;
import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.EmbeddedDatabaseSession;
import fi.aloitepolku.testsupport.Http;
import fi.aloitepolku.testsupport.TestMailServer;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal data only as long as needed, and private links that stay private: unsubscribe tokens and delivered
 * mail hold no usable link, an unsubscribed address is gone, the retention run anonymises and deletes what is
 * due, the residents' form ticket is accepted once and expires, and an administrator exports and erases what is
 * held about an address. Black-box over HTTP; the database read and aged through JDBC.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyIT {

    static final String[] ADMIN = Http.join(Http.basic("admin", "aloitepolku"), new String[] {"Accept", "application/json"});
    static final String[] AGENT = Http.join(Http.basic("aino", "aloitepolku"), new String[] {"Accept", "application/json"});
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    Http http() {
        return new Http(base);
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("app.test.dbUrl"), "root", "");
    }

    static long count(String sql, Object... args) throws SQLException {
        try (var c = db(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static int update(String sql, Object... args) throws SQLException {
        try (var c = db(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }

    long register(long municipality, String title, String email) {
        var created = http().post("api/initiatives", """
                {"municipalityId": %d, "title": "%s", "proposal": "Ehdotus.", "channel": "EMAIL", "publicity": "PUBLIC",
                 "signatoryCount": 1, "receivedOn": "%s", "initiatorName": "Yksityinen Ihminen", "initiatorEmail": "%s",
                 "initiatorPhone": "040 1234567"}""".formatted(municipality, title, TODAY, email), ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").longValue();
    }

    void move(long id, String transition) {
        long version = Http.json(http().get("api/initiatives/" + id)).getJsonNumber("version").longValue();
        var moved = http().post("api/initiatives/" + id + "/transitions", """
                {"transition": "%s", "comment": "Perustelu", "commentPublic": true, "version": %d}"""
                .formatted(transition, version), ADMIN);
        assertEquals(200, moved.statusCode(), moved.body());
    }

    static long follow(String email, long caseId) throws SQLException {
        update("insert into subscription (email, target, initiative_id, language, state, requested_at, confirmed_at, "
                + "client_hash) values (?, ?, ?, 'fi', 'CONFIRMED', now(6), now(6), repeat('0', 64))",
                email, "I:" + caseId, caseId);
        return count("select id from subscription where email = ? and target = ?", email, "I:" + caseId);
    }

    static String link(String text, String path) {
        var matcher = LINK.matcher(text);
        while (matcher.find()) {
            if (matcher.group().contains(path)) {
                return matcher.group();
            }
        }
        throw new AssertionError("no " + path + " link in " + text);
    }

    String here(String link) {
        return base + link.replaceFirst("^https?://[^/]+/", "");
    }

    /** A browser without a browser: cookies, the form's hidden fields, a post. */
    final class FormClient {

        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        final Map<String, String> fields = new LinkedHashMap<>();
        String action;

        HttpResponse<String> open(String url) throws Exception {
            var page = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, page.statusCode(), page.body());
            fields.clear();
            Matcher hidden = HIDDEN.matcher(page.body());
            while (hidden.find()) {
                String name = attribute(hidden.group(), "name");
                if (name != null) {
                    fields.put(name, html(String.valueOf(attribute(hidden.group(), "value"))));
                }
            }
            Matcher form = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(page.body());
            assertTrue(form.find(), "a form on " + url);
            action = html(form.group(1));
            return page;
        }

        HttpResponse<String> post(Map<String, String> more) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.putAll(more);
            StringBuilder body = new StringBuilder();
            all.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return client.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(action))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static String attribute(String tag, String name) {
            Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
            return m.find() ? m.group(1) : null;
        }

        private static String html(String s) {
            return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
        }
    }

    Map<String, String> submission(String title, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("submit", "submit");
        form.put("submit:municipalityId", "1");
        form.put("submit:title", title);
        form.put("submit:proposal", "Tarvitaan lisää penkkejä.");
        form.put("submit:theme", "");
        form.put("submit:name", "Eeva Esimerkki");
        form.put("submit:email", email);
        form.put("submit:phone", "");
        form.put("submit:website", "");
        form.put("submit:send", "Lähetä");
        return form;
    }

    static void pastMinimumFillTime() throws InterruptedException {
        Thread.sleep(2300);
    }

    @Test
    void unsubscribeTokensAreStoredOnlyAsHashesDeliveredMailKeepsNoLinkAndUnsubscribingDeletesTheAddress()
            throws Exception {
        long caseId = register(1, "Seurattava " + System.nanoTime() % 100000, "aloittaja." + System.nanoTime() + "@example.com");
        String email = "seuraaja." + System.nanoTime() + "@example.com";
        long subscription = follow(email, caseId);
        move(caseId, "ACCEPT");
        http().deliverOutbox(ADMIN);
        var mails = TestMailServer.await(TestMailServer.to(email), 1, Duration.ofSeconds(10));
        assertEquals(1, mails.size());
        String unsubscribe = link(String.valueOf(mails.getFirst().getContent()), "/unsubscribe?token=");
        String token = unsubscribe.substring(unsubscribe.indexOf("token=") + 6);

        assertEquals(0, count("select count(*) from follow_unsubscribe_token where token_hash = ?", token),
                "not in clear");
        assertEquals(1, count("select count(*) from follow_unsubscribe_token where token_hash = sha2(?, 256) "
                + "and subscription_id = ?", token, subscription), "its SHA-256 only");
        assertEquals(0, count("select count(*) from outbox_message where body like ?", "%" + token + "%"),
                "the delivered copy holds no usable link");
        assertEquals(1, count("select count(*) from outbox_message where recipient = ? and status = 'SENT' "
                + "and private_link and body like '%unsubscribe?token=…%'", email));

        var page = new FormClient();
        page.open(here(unsubscribe));
        var done = page.post(Map.of("unsubscribe", "unsubscribe", "unsubscribe:confirm", "Peru tilaus"));
        assertEquals(200, done.statusCode());
        assertTrue(done.body().contains("id=\"follow-outcome\""), done.body());
        assertEquals(0, count("select count(*) from subscription where email = ?", email), "the address is deleted");
        assertEquals(0, count("select count(*) from outbox_message where recipient = ?", email),
                "and the outbox's messages to it about the follow");
        assertEquals(0, count("select count(*) from follow_unsubscribe_token where subscription_id = ?", subscription));
    }

    @Test
    void aFormTicketIsAcceptedOnceEvenWhenPostedTwiceAtOnceAndExpires() throws Exception {
        String email = "lomake." + System.nanoTime() + "@example.com";
        // Two forms, one ticket, posted at the same moment: exactly one submission
        var first = new FormClient();
        var second = new FormClient();
        first.open(base + "submit?lang=fi");
        second.open(base + "submit?lang=fi");
        String ticket = first.fields.get("submit:ticket");
        assertNotNull(ticket);
        second.fields.put("submit:ticket", ticket);
        pastMinimumFillTime();
        String title = "Kerran hyväksytty " + System.nanoTime() % 100000;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> posts = List.of(
                    () -> { start.await(); return first.post(submission(title, email)); },
                    () -> { start.await(); return second.post(submission(title, email)); });
            var futures = posts.stream().map(pool::submit).toList();
            start.countDown();
            for (var f : futures) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, answers.stream().filter(a -> a.statusCode() == 302).count(), "one accepted");
        var refused = answers.stream().filter(a -> a.statusCode() != 302).findFirst().orElseThrow();
        assertEquals(200, refused.statusCode(), "a polite page, never a 500");
        assertTrue(refused.body().contains("Lomaketta ei voitu lähettää"), refused.body());
        assertTrue(refused.body().contains(title), "the input stays");
        assertEquals(1, count("select count(*) from submission where submitter_email = ?", email));

        // The same ticket once more, later: refused
        var again = new FormClient();
        again.open(base + "submit?lang=fi");
        again.fields.put("submit:ticket", ticket);
        var reused = again.post(submission(title, email));
        assertEquals(200, reused.statusCode());
        assertTrue(reused.body().contains("Lomaketta ei voitu lähettää"));

        // A ticket signed three hours ago (the test server's key): expired
        var late = new FormClient();
        late.open(base + "submit?lang=fi");
        late.fields.put("submit:ticket", new FormTicket(EmbeddedDatabaseSession.FORM_SECRET.getBytes(StandardCharsets.UTF_8))
                .issue(Instant.now().minus(Duration.ofHours(3))));
        var expired = late.post(submission(title + " myöhässä", email));
        assertEquals(200, expired.statusCode());
        assertTrue(expired.body().contains("vanheni"), expired.body());
        assertEquals(1, count("select count(*) from submission where submitter_email = ?", email), "nothing more saved");
        assertEquals(0, count("select count(*) from form_ticket_used where ticket_hash = ?", ticket), "only a hash kept");
        assertEquals(1, count("select count(*) from form_ticket_used where ticket_hash = sha2(?, 256)", ticket));
    }

    @Test
    void theRetentionRunAnonymisesOldClosedCasesDeletesTheirFollowersRejectedSubmissionsAndOldLinkMail()
            throws Exception {
        String initiator = "vanha." + System.nanoTime() + "@example.com";
        long old = register(2, "Vanha suljettu " + System.nanoTime() % 100000, initiator);
        long recent = register(2, "Tuore suljettu " + System.nanoTime() % 100000, "tuore." + System.nanoTime() + "@example.com");
        update("update initiative set status = 'CLOSED', updated_at = now(6) - interval 3 year where id = ?", old);
        update("update initiative set status = 'CLOSED' where id = ?", recent);
        String follower = "vanhan.seuraaja." + System.nanoTime() + "@example.com";
        follow(follower, old);
        // A rejected submission of two years ago, with a copy of its mail
        update("insert into submission (municipality_id, title, proposal, submitter_name, submitter_email, language, state, "
                + "rejection_reason, token_hash, client_hash, submitted_at, moderated_at) values (1, 'Hylätty', 'x', "
                + "'Hylätty Lähettäjä', 'hylatty@example.com', 'fi', 'REJECTED', 'OTHER', sha2(?, 256), repeat('0', 64), "
                + "now(6) - interval 2 year, now(6) - interval 2 year)", "rejected-" + System.nanoTime());
        long rejected = count("select max(id) from submission where state = 'REJECTED'");
        update("insert into outbox_message (created_at, recipient, subject, body, status, attempts, next_attempt_at, "
                + "about, private_link, sent_at) values (now(6) - interval 2 year, 'hylatty@example.com', 'Hylätty', "
                + "'Ei julkaista', 'SENT', 1, now(6), ?, false, now(6) - interval 2 year)", "submission:" + rejected);
        // Delivered link mail of forty days ago
        update("insert into outbox_message (created_at, recipient, subject, body, status, attempts, next_attempt_at, "
                + "private_link, sent_at) values (now(6) - interval 40 day, 'vanha.kuitti@example.com', 'Kuittaus', "
                + "'https://x/my-initiative?token=…', 'SENT', 1, now(6), true, now(6) - interval 40 day)");

        var run = http().post("api/admin/retention-runs", "", ADMIN);
        assertEquals(200, run.statusCode(), run.body());
        JsonObject report = Http.json(run);
        assertTrue(report.getBoolean("ran"));
        assertTrue(report.getInt("initiatorsAnonymised") >= 1, run.body());
        assertTrue(report.getInt("followsDeleted") >= 1, run.body());
        assertTrue(report.getInt("submissionsDeleted") >= 1, run.body());
        assertTrue(report.getInt("mailsDeleted") >= 1, run.body());

        try (var c = db(); var s = c.prepareStatement("select name, email, phone, anonymised_at from initiative_initiator "
                + "where initiative_id = ?")) {
            s.setLong(1, old);
            try (var r = s.executeQuery()) {
                assertTrue(r.next());
                assertFalse(r.getString(1).contains("Yksityinen"));
                assertNull(r.getString(2));
                assertNull(r.getString(3));
                assertNotNull(r.getTimestamp(4));
            }
        }
        assertEquals(1, count("select count(*) from initiative_initiator where initiative_id = ? and email is not null", recent),
                "a case closed today keeps its initiator");
        var events = http().get("api/initiatives/" + old + "/events", ADMIN);
        assertTrue(events.body().contains("INITIATOR_ANONYMISED"), events.body());
        assertTrue(events.body().contains("anonymised under retention"), events.body());
        assertFalse(events.body().contains(initiator), "the log names no values");
        assertEquals(0, count("select count(*) from subscription where email = ?", follower));
        assertEquals(0, count("select count(*) from submission where id = ?", rejected));
        assertEquals(0, count("select count(*) from outbox_message where about = ?", "submission:" + rejected),
                "with the outbox's copies of its mail");
        assertEquals(0, count("select count(*) from outbox_message where recipient = 'vanha.kuitti@example.com'"));

        var again = Http.json(http().post("api/admin/retention-runs", "", ADMIN));
        assertEquals(0, count("select count(*) from case_event where initiative_id = ? and kind = 'INITIATOR_ANONYMISED'", old) - 1,
                "anonymised once: " + again);
        assertEquals(403, http().post("api/admin/retention-runs", "", AGENT).statusCode());
    }

    @Test
    void anAdministratorExportsWhatIsHeldAboutAnAddressAndErasesItLogged() throws Exception {
        String email = "pyytaja." + System.nanoTime() + "@example.com";
        long caseId = register(1, "Pyytäjän aloite " + System.nanoTime() % 100000, email);
        long other = register(1, "Muun aloite " + System.nanoTime() % 100000, "muu." + System.nanoTime() + "@example.com");
        follow(email, other);
        update("insert into submission (municipality_id, title, proposal, submitter_name, submitter_email, language, state, "
                + "token_hash, client_hash, submitted_at) values (1, 'Pyytäjän lähetys', 'x', 'Pyytäjä', ?, 'fi', 'PENDING', "
                + "sha2(?, 256), repeat('0', 64), now(6))", email, "pending-" + System.nanoTime());

        assertEquals(403, http().get("api/admin/personal-data?email=" + email, AGENT).statusCode(), "admins only");
        assertEquals(401, http().get("api/admin/personal-data?email=" + email).statusCode());
        var bad = http().get("api/admin/personal-data?email=not-an-address", ADMIN);
        assertEquals(400, bad.statusCode());
        assertEquals("email", Http.json(bad).getJsonArray("errors").getJsonObject(0).getString("field"));

        var export = http().get("api/admin/personal-data?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8), ADMIN);
        assertEquals(200, export.statusCode(), export.body());
        JsonObject held = Http.json(export);
        assertTrue(held.getBoolean("everywhere"));
        assertEquals(1, held.getJsonArray("casesAsInitiator").size());
        assertEquals(caseId, held.getJsonArray("casesAsInitiator").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("040 1234567", held.getJsonArray("casesAsInitiator").getJsonObject(0).getString("phone"));
        assertEquals(1, held.getJsonArray("submissions").size());
        assertEquals("Pyytäjän lähetys", held.getJsonArray("submissions").getJsonObject(0).getString("title"));
        assertEquals(1, held.getJsonArray("follows").size());
        assertEquals(other, held.getJsonArray("follows").getJsonObject(0).getJsonNumber("initiativeId").longValue());

        var erased = http().post("api/admin/personal-data/erasures", "{\"email\": \"" + email + "\"}", ADMIN);
        assertEquals(200, erased.statusCode(), erased.body());
        JsonObject counts = Http.json(erased);
        assertEquals(1, counts.getInt("cases"));
        assertEquals(1, counts.getInt("submissions"));
        assertEquals(1, counts.getInt("follows"));

        JsonObject after = Http.json(http().get("api/admin/personal-data?email=" + email, ADMIN));
        assertEquals(0, after.getJsonArray("casesAsInitiator").size());
        assertEquals(0, after.getJsonArray("submissions").size());
        assertEquals(0, after.getJsonArray("follows").size());
        assertEquals(0, after.getJsonArray("mails").size());
        assertEquals(0, count("select count(*) from initiative_initiator where email = ?", email));
        assertEquals(1, count("select count(*) from initiative where id = ?", caseId), "the case stays");
        assertTrue(http().get("api/initiatives/" + caseId + "/events", ADMIN).body().contains("erasure request"));

        // Logged: who, the address's hash and counts, never the address
        assertEquals(0, count("select count(*) from personal_data_request where email_hash = ? or actor = ?", email, email));
        assertEquals(3, count("select count(*) from personal_data_request where email_hash = sha2(?, 256) and actor = 'admin'",
                email.toLowerCase()), "two exports and the erasure");
        var log = http().get("api/admin/personal-data/requests", ADMIN);
        assertEquals(200, log.statusCode());
        assertTrue(log.body().contains("\"ERASE\""), log.body());
        assertFalse(log.body().contains(email));

        // The page: admins only, and it says what it holds
        var page = http().get("staff/admin/personal-data", Http.basic("admin", "aloitepolku"));
        assertTrue(page.statusCode() == 200 || page.statusCode() == 302, "page answers: " + page.statusCode());
    }
}
