package fi.aloitepolku.initiative.api;

import static fi.aloitepolku.testsupport.Http.basic;
import static fi.aloitepolku.testsupport.Http.join;
import static fi.aloitepolku.testsupport.Http.json;
import static fi.aloitepolku.testsupport.Http.jsonArray;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case workflow over the API: the lifecycle's moves and refusals, gating by steps, step records, and
 * the case log they write (one entry per change, none for a refused one).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowApiIT {

    static final String[] AGENT = join(basic("aino", "aloitepolku"), new String[] {"Accept", "application/json",
            "Accept-Language", "en"});
    static final String[] PREPARER = join(basic("pekka", "aloitepolku"), new String[] {"Accept", "application/json",
            "Accept-Language", "en"});
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

    long register(String title) {
        var created = http().post("api/initiatives", """
                {"municipalityId": 1, "title": "%s", "proposal": "Ehdotus.", "channel": "EMAIL", "publicity": "PUBLIC", "signatoryCount": 1,
                 "receivedOn": "%s", "initiatorName": "Testaaja"}""".formatted(title, TODAY), AGENT);
        assertEquals(201, created.statusCode(), created.body());
        return json(created).getJsonNumber("id").longValue();
    }

    long version(long id) {
        return json(http().get("api/initiatives/" + id)).getJsonNumber("version").longValue();
    }

    int events(long id) {
        return jsonArray(http().get("api/initiatives/" + id + "/events", AGENT)).size();
    }

    HttpResponse<String> move(long id, String transition, String comment, String[] who) {
        return moveAt(id, transition, comment, version(id), who);
    }

    HttpResponse<String> moveAt(long id, String transition, String comment, long version, String[] who) {
        String commentJson = comment == null ? "null" : "\"" + comment + "\"";
        return http().post("api/initiatives/" + id + "/transitions", """
                {"transition": "%s", "comment": %s, "commentPublic": true, "version": %d}"""
                .formatted(transition, commentJson, version), who);
    }

    JsonObject checklist(long id) {
        var response = http().get("api/initiatives/" + id + "/steps", PREPARER);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    JsonObject step(long id, int position) {
        return checklist(id).getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getInt("position") == position).findFirst().orElseThrow();
    }

    HttpResponse<String> record(long id, int position, String body) {
        var step = step(id, position);
        return recordAt(id, step.getJsonNumber("id").longValue(), step.getJsonNumber("version").longValue(), body);
    }

    HttpResponse<String> recordAt(long id, long stepId, long version, String body) {
        return http().put("api/initiatives/" + id + "/steps/" + stepId,
                "{\"version\": " + version + ", " + body.substring(body.indexOf('{') + 1), PREPARER);
    }

    String done(LocalDate date, boolean publicEntry) {
        return """
                {"state": "DONE", "date": "%s", "doneBy": "Pekka Valmistelija", "note": "Sisäinen muistiinpano",
                 "publicEntry": %s, "links": [{"kind": "HEARING", "url": "https://www.otakantaa.fi/fi-FI/projects/77",
                 "label": "Kuuleminen"}]}""".formatted(date, publicEntry);
    }

    @Test
    void aReceivedCaseOffersScreeningAndWithdrawalOnly() {
        long id = register("Vaihtoehdot");
        var options = jsonArray(http().get("api/initiatives/" + id + "/transitions", AGENT))
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("transition")).collect(Collectors.toSet());
        assertEquals(java.util.Set.of("ACCEPT", "MERGE", "TRANSFER", "REJECT", "WITHDRAW"), options);
        var preparerOptions = jsonArray(http().get("api/initiatives/" + id + "/transitions", PREPARER));
        assertTrue(preparerOptions.isEmpty(), "a preparer does not screen: " + preparerOptions);
    }

    @Test
    void refusedMovesChangeNothingAndLogNothing() {
        long id = register("Kieltäytymiset");
        assertEquals(2, events(id), "registered and assigned");

        var skip = move(id, "PROPOSE_DECISION", null, AGENT);
        assertEquals(409, skip.statusCode(), skip.body());
        assertEquals("/problems/state-conflict", json(skip).getString("type"));
        assertEquals("The change PROPOSE_DECISION is not possible in status RECEIVED.", json(skip).getString("detail"));

        var noReason = move(id, "ACCEPT", " ", AGENT);
        assertEquals(400, noReason.statusCode());
        assertEquals("comment", json(noReason).getJsonArray("errors").getJsonObject(0).getString("field"));

        var byPreparer = move(id, "ACCEPT", "Hyvä aloite", PREPARER);
        assertEquals(403, byPreparer.statusCode(), byPreparer.body());

        var stale = moveAt(id, "ACCEPT", "Hyvä aloite", version(id) - 1, AGENT);
        assertEquals(409, stale.statusCode());
        assertEquals("/problems/conflict", json(stale).getString("type"));

        var unknown = http().post("api/initiatives/" + id + "/transitions",
                "{\"transition\": \"FLY\", \"version\": " + version(id) + "}", AGENT);
        assertEquals(400, unknown.statusCode());

        var mergeIntoItself = http().post("api/initiatives/" + id + "/transitions",
                "{\"transition\": \"MERGE\", \"comment\": \"Sama\", \"mergeInto\": " + id + ", \"version\": " + version(id) + "}", AGENT);
        assertEquals(400, mergeIntoItself.statusCode(), mergeIntoItself.body());

        assertEquals("RECEIVED", json(http().get("api/initiatives/" + id)).getString("status"));
        assertEquals(2, events(id), "no refused move left an entry in the case log");
        assertEquals(404, moveAt(987654, "ACCEPT", "x", 0, AGENT).statusCode());
    }

    @Test
    void aCaseIsPreparedStepByStepAndItsProposalWaitsForTheRequiredSteps() {
        long id = register("Uimaranta Yyteriin");
        assertEquals(0, checklist(id).getInt("total"), "no steps before the case is accepted");

        var accepted = move(id, "ACCEPT", "Kuuluu kaupungin toimivaltaan", AGENT);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", json(accepted).getString("status"));
        assertTrue(checklist(id).getInt("total") >= 14, "the default template's steps (14, or more if an admin added some)");
        assertEquals(3, events(id));
        var entry = jsonArray(http().get("api/initiatives/" + id + "/events", AGENT)).getJsonObject(0);
        assertEquals("STATUS_CHANGED", entry.getString("kind"));
        assertEquals("aino", entry.getString("actor"));
        assertTrue(entry.getBoolean("publicEntry"));

        assertEquals(200, move(id, "START_PREPARATION", null, PREPARER).statusCode());

        var early = move(id, "PROPOSE_DECISION", null, PREPARER);
        assertEquals(409, early.statusCode());
        assertEquals("The decision proposal needs steps 1, 2, 4, 5, 9 first.", json(early).getString("detail"));
        var options = jsonArray(http().get("api/initiatives/" + id + "/transitions", PREPARER))
                .getValuesAs(JsonObject.class);
        var proposal = options.stream().filter(o -> o.getString("transition").equals("PROPOSE_DECISION")).findFirst().orElseThrow();
        assertFalse(proposal.getBoolean("possible"));

        int before = events(id);
        for (int position : List.of(1, 2, 5)) {
            var recorded = record(id, position, done(TODAY.minusDays(position), position == 5));
            assertEquals(200, recorded.statusCode(), recorded.body());
        }
        assertEquals(200, record(id, 4, "{\"state\": \"NOT_APPLICABLE\", \"date\": \"" + TODAY + "\", \"note\": \"Ei somea\"}").statusCode());
        assertEquals(before + 4, events(id), "one log entry per step record");

        var stillMissing = move(id, "PROPOSE_DECISION", null, PREPARER);
        assertEquals("The decision proposal needs steps 9 first.", json(stillMissing).getString("detail"));

        assertEquals(200, record(id, 9, done(TODAY, false)).statusCode());
        var list = checklist(id);
        assertEquals(4, list.getInt("done"));
        assertEquals(1, list.getInt("notApplicable"));

        var proposed = move(id, "PROPOSE_DECISION", "Esitys lautakunnalle", PREPARER);
        assertEquals(200, proposed.statusCode(), proposed.body());
        assertEquals("DECISION_PROPOSED", json(proposed).getString("status"));

        String page = http().get("initiative?id=" + id, "Accept-Language", "fi").body();
        assertTrue(page.contains("Päätösesitys on tehty"), "the public page shows the new stage");
        assertTrue(page.contains("https://www.otakantaa.fi/fi-FI/projects/77"), "the public step shows its link");
        assertTrue(page.contains("Avataan julkinen kuuleminen"), "the public step is named");
        assertFalse(page.contains("Sisäinen muistiinpano"), "internal notes stay internal");
        assertFalse(page.contains("Pekka Valmistelija"), "who did it stays internal");
        assertFalse(page.contains("Johto informoi") || page.contains("Toimiva johto informoi"),
                "a step not marked public is not shown");
    }

    @Test
    void badStepRecordsAreRefusedAndChangeNothing() {
        long id = register("Askelvirheet");
        move(id, "ACCEPT", "Ok", AGENT);
        int before = events(id);

        var future = record(id, 1, done(TODAY.plusDays(2), true));
        assertEquals(400, future.statusCode(), future.body());
        assertEquals("date", json(future).getJsonArray("errors").getJsonObject(0).getString("field"));

        var badLink = record(id, 1, done(TODAY, true).replace("https://www.otakantaa.fi/fi-FI/projects/77",
                "javascript:alert(1)"));
        assertEquals(400, badLink.statusCode(), badLink.body());
        assertEquals("links", json(badLink).getJsonArray("errors").getJsonObject(0).getString("field"));

        var step = step(id, 1);
        long stepId = step.getJsonNumber("id").longValue();
        long version = step.getJsonNumber("version").longValue();
        assertEquals(200, recordAt(id, stepId, version, done(TODAY, true)).statusCode());
        var second = recordAt(id, stepId, version, done(TODAY.minusDays(1), true));
        assertEquals(409, second.statusCode(), "the second preparer gets a conflict: " + second.body());

        assertEquals(before + 1, events(id), "only the accepted record was logged");
        assertEquals(TODAY.toString(), step(id, 1).getString("doneOn"));

        assertEquals(200, move(id, "WITHDRAW", "Tekijä perui", AGENT).statusCode());
        var closed = record(id, 2, done(TODAY, true));
        assertEquals(409, closed.statusCode(), closed.body());
        assertEquals("The case has ended; its steps can no longer be recorded.", json(closed).getString("detail"));
    }
}
