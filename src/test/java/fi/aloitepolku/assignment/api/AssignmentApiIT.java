package fi.aloitepolku.assignment.api;

import static fi.aloitepolku.testsupport.Http.basic;
import static fi.aloitepolku.testsupport.Http.join;
import static fi.aloitepolku.testsupport.Http.json;
import static fi.aloitepolku.testsupport.Http.jsonArray;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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

/**
 * Agents over the API: automatic assignment when a case is registered, assignment by hand with its refusals
 * (another municipality, away without a substitute) and substitutes, the deadlines a case computes, messages to
 * the initiator and the closing rule they hold. Demo data: aino covers Pori (youth, culture, democracy; Itä-Pori
 * and Keskusta), ville covers Pori and Kankaanpää (traffic, environment, sports).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentApiIT {

    static final String[] JSON = {"Accept", "application/json", "Accept-Language", "en"};
    static final String[] ADMIN = join(basic("admin", "aloitepolku"), JSON);
    static final String[] AGENT = join(basic("aino", "aloitepolku"), JSON);
    static final String[] PREPARER = join(basic("pekka", "aloitepolku"), JSON);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    static final long PORI = 1;
    static final long KANKAANPAA = 2;

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

    JsonObject agentOf(long caseId) {
        var response = http().get("api/initiatives/" + caseId + "/agent", ADMIN);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    long agentId(String username) {
        return jsonArray(http().get("api/agents", ADMIN)).stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    HttpResponse<String> assign(long caseId, long agentId, long version, String[] who) {
        return http().put("api/initiatives/" + caseId + "/agent", """
                {"agentId": %d, "version": %d, "reason": "Testi"}""".formatted(agentId, version), who);
    }

    @Test
    void aNewCaseGoesToTheAgentCoveringItsThemeAndIsLogged() {
        long traffic = register(PORI, "Suojatie koululle", "TRAFFIC", 1, TODAY);
        assertEquals("Ville Viestintäsuunnittelija", agentOf(traffic).getString("agentName"));
        long youth = register(PORI, "Skeittiparkki", "YOUTH", 1, TODAY);
        assertEquals("Aino Osallisuusagentti", agentOf(youth).getString("agentName"));

        var log = jsonArray(http().get("api/initiatives/" + youth + "/events", AGENT));
        var assigned = log.stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("kind").equals("AGENT_ASSIGNED")).toList();
        assertEquals(1, assigned.size(), log.toString());
        assertEquals("system", assigned.getFirst().getString("actor"));
        assertTrue(assigned.getFirst().getString("details").contains("ROUND_ROBIN"), assigned.toString());
    }

    @Test
    void roundRobinTakesTurnsAmongEquallyMatchingAgents() {
        // No theme: both Pori agents match nothing, so they take turns
        long first = register(PORI, "Penkki torille", null, 1, TODAY);
        long second = register(PORI, "Toinen penkki torille", null, 1, TODAY);
        long third = register(PORI, "Kolmas penkki torille", null, 1, TODAY);
        var a = agentOf(first).getJsonNumber("agentId").longValue();
        var b = agentOf(second).getJsonNumber("agentId").longValue();
        assertNotEquals(a, b);
        assertEquals(a, agentOf(third).getJsonNumber("agentId").longValue());
    }

    @Test
    void assigningToAnAgentOfAnotherMunicipalityIsRefusedWithTheReason() {
        long kankaanpaa = register(KANKAANPAA, "Kuntoportaat", null, 1, TODAY);
        var agent = agentOf(kankaanpaa);
        assertEquals("Ville Viestintäsuunnittelija", agent.getString("agentName"), "the only Kankaanpää agent");
        // Ville, who works for Kankaanpää, tries to hand the case to Aino, who does not
        String[] ville = join(basic("ville", "aloitepolku"), JSON);
        int eventsBefore = jsonArray(http().get("api/initiatives/" + kankaanpaa + "/events", ville)).size();

        var refused = assign(kankaanpaa, agentId("aino"), agent.getJsonNumber("version").longValue(), ville);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("does not take cases of Kankaanpää"), refused.body());
        assertEquals("Ville Viestintäsuunnittelija", agentOf(kankaanpaa).getString("agentName"), "nothing changed");
        assertEquals(eventsBefore, jsonArray(http().get("api/initiatives/" + kankaanpaa + "/events", ville)).size());
    }

    @Test
    void anAbsentAgentWithoutSubstituteIsRefusedAndOneWithASubstituteIsReplaced() {
        long aino = agentId("aino");
        long ville = agentId("ville");
        long caseId = register(PORI, "Kukkaistutukset", "CULTURE", 1, TODAY);
        var absence = http().post("api/agents/" + aino + "/absences", """
                {"startsOn": "%s", "endsOn": "%s"}""".formatted(TODAY.minusDays(1), TODAY.plusDays(3)), ADMIN);
        assertEquals(201, absence.statusCode(), absence.body());
        long absenceId = json(absence).getJsonArray("absences").getJsonObject(0).getJsonNumber("id").longValue();
        try {
            var version = agentOf(caseId).getJsonNumber("version").longValue();
            var refused = assign(caseId, aino, version, ADMIN);
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("has no substitute"), refused.body());

            // While Aino is away, new cases of her theme go to the other Pori agent
            long whileAway = register(PORI, "Nuorten kesätyöt", "YOUTH", 1, TODAY);
            assertEquals(ville, agentOf(whileAway).getJsonNumber("agentId").longValue());
        } finally {
            assertEquals(200, http().send(http().request("api/agents/" + aino + "/absences/" + absenceId, ADMIN)
                    .DELETE()).statusCode());
        }

        var villeAway = http().post("api/agents/" + ville + "/absences", """
                {"startsOn": "%s", "endsOn": "%s", "substituteId": %d}""".formatted(TODAY, TODAY, aino), ADMIN);
        assertEquals(201, villeAway.statusCode(), villeAway.body());
        long villeAbsence = json(villeAway).getJsonArray("absences").getJsonObject(0).getJsonNumber("id").longValue();
        try {
            var version = agentOf(caseId).getJsonNumber("version").longValue();
            var substituted = assign(caseId, ville, version, ADMIN);
            assertEquals(200, substituted.statusCode(), substituted.body());
            assertEquals(aino, json(substituted).getJsonNumber("agentId").longValue(), "the substitute got it");
            var log = http().get("api/initiatives/" + caseId + "/events", AGENT).body();
            assertTrue(log.contains("substitute for ville"), log);
        } finally {
            http().send(http().request("api/agents/" + ville + "/absences/" + villeAbsence, ADMIN).DELETE());
        }
    }

    @Test
    void aStaleVersionIsAConflictAndAPreparerMayNotAssign() {
        long caseId = register(PORI, "Roskakorit rannalle", "ENVIRONMENT", 1, TODAY);
        long version = agentOf(caseId).getJsonNumber("version").longValue();
        assertEquals(200, assign(caseId, agentId("aino"), version, AGENT).statusCode());
        assertEquals(409, assign(caseId, agentId("ville"), version, AGENT).statusCode());
        assertEquals(403, assign(caseId, agentId("ville"), version + 1, PREPARER).statusCode());
    }

    @Test
    void theStatutoryClockRunsFromTwoPercentAndSaysWhenItCannotBeComputed() {
        // Kankaanpää's demo electorate is 7 000: 140 signatures are 2 %
        LocalDate received = TODAY.minusMonths(7);
        long statutory = register(KANKAANPAA, "Uimahallin aukiolo", null, 140, received);
        long small = register(KANKAANPAA, "Pieni toive", null, 139, received);

        var clock = clock(statutory, "STATUTORY_COUNCIL");
        assertEquals(received.plusMonths(6).toString(), clock.getString("dueOn"));
        assertEquals("OVERDUE", clock.getString("state"));
        assertTrue(clock.getJsonNumber("daysLeft").longValue() < 0);
        assertTrue(jsonArray(http().get("api/initiatives/" + small + "/clocks", ADMIN)).stream()
                .noneMatch(c -> c.asJsonObject().getString("kind").equals("STATUTORY_COUNCIL")));

        var settings = json(http().get("api/municipalities/" + KANKAANPAA + "/settings", ADMIN));
        var unknown = http().put("api/municipalities/" + KANKAANPAA + "/settings", """
                {"assignmentPolicy": "%s", "electorateSize": null, "acknowledgeDays": 14, "version": %d}"""
                .formatted(settings.getString("assignmentPolicy"), settings.getJsonNumber("version").longValue()), ADMIN);
        assertEquals(200, unknown.statusCode(), unknown.body());
        try {
            var cannot = clock(statutory, "STATUTORY_COUNCIL");
            assertEquals("NOT_COMPUTABLE", cannot.getString("state"));
            assertTrue(!cannot.containsKey("dueOn") || cannot.isNull("dueOn"), cannot.toString());
        } finally {
            http().put("api/municipalities/" + KANKAANPAA + "/settings", """
                    {"assignmentPolicy": "%s", "electorateSize": 7000, "acknowledgeDays": 14, "version": %d}"""
                    .formatted(settings.getString("assignmentPolicy"),
                            json(unknown).getJsonNumber("version").longValue()), ADMIN);
        }
    }

    @Test
    void settingsRefuseOutOfRangeTargetsAndNonAdmins() {
        var settings = json(http().get("api/municipalities/" + PORI + "/settings", ADMIN));
        String body = """
                {"assignmentPolicy": "ROUND_ROBIN", "electorateSize": 68000, "acknowledgeDays": 0, "version": %d}"""
                .formatted(settings.getJsonNumber("version").longValue());
        var refused = http().put("api/municipalities/" + PORI + "/settings", body, ADMIN);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("between 1 and 3650"), refused.body());
        assertEquals(403, http().put("api/municipalities/" + PORI + "/settings", body, AGENT).statusCode());
    }

    @Test
    void anAgentsOverdueCountAndDeadlineListFollowACaseUntilItEnds() {
        long aino = agentId("aino");
        long overdueBefore = ownWorkload().getJsonNumber("overdue").longValue();
        // Received 200 days ago: Pori's targets (acknowledge 14, first answer 90, decision 180 days) have all passed
        LocalDate received = TODAY.minusDays(200);
        long late = register(PORI, "Myöhästynyt nuorisoaloite", "YOUTH", 1, received);
        assertEquals(aino, agentOf(late).getJsonNumber("agentId").longValue());
        assertEquals(overdueBefore + 1, ownWorkload().getJsonNumber("overdue").longValue(), "counted once, not per deadline");

        var listed = deadlinesOf(aino);
        var mine = listed.stream().filter(d -> d.getJsonNumber("initiativeId").longValue() == late).toList();
        assertEquals(java.util.Set.of("ACKNOWLEDGE", "FIRST_ANSWER", "DECISION"),
                mine.stream().map(d -> d.getString("kind")).collect(java.util.stream.Collectors.toSet()), listed.toString());
        assertEquals(received.plusDays(14).toString(), mine.stream().filter(d -> d.getString("kind").equals("ACKNOWLEDGE"))
                .findFirst().orElseThrow().getString("dueOn"));
        var dueDates = listed.stream().map(d -> LocalDate.parse(d.getString("dueOn"))).toList();
        assertEquals(dueDates.stream().sorted().toList(), dueDates, "soonest first");

        // Rejected at screening, the case ends: nothing of it runs any more
        var rejected = http().post("api/initiatives/" + late + "/transitions", """
                {"transition": "REJECT", "comment": "Ei kunnan asia", "commentPublic": true, "version": %d}"""
                .formatted(version(late)), AGENT);
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals(overdueBefore, ownWorkload().getJsonNumber("overdue").longValue());
        assertTrue(deadlinesOf(aino).stream().noneMatch(d -> d.getJsonNumber("initiativeId").longValue() == late));
    }

    JsonObject ownWorkload() {
        var agents = json(http().get("api/workload", AGENT)).getJsonArray("agents");
        assertEquals(1, agents.size(), "an agent sees their own row");
        return agents.getJsonObject(0);
    }

    List<JsonObject> deadlinesOf(long agentId) {
        var response = http().get("api/workload/agents/" + agentId + "/deadlines", AGENT);
        assertEquals(200, response.statusCode(), response.body());
        return jsonArray(response).getValuesAs(JsonObject.class);
    }

    @Test
    void aCaseIsClosedOnlyAfterTheInitiatorWasTold() {
        // The demo's communicated case has no message to its initiator recorded
        long caseId = json(http().get("api/initiatives?status=DECISION_COMMUNICATED&limit=50", AGENT))
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(i -> i.getString("title").startsWith("Penkkejä Kirjurinluodon")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        var blocked = http().post("api/initiatives/" + caseId + "/transitions", """
                {"transition": "CLOSE", "version": %d}""".formatted(version(caseId)), AGENT);
        assertEquals(409, blocked.statusCode(), blocked.body());
        assertTrue(blocked.body().contains("message to the initiator"), blocked.body());

        var missing = http().post("api/initiatives/" + caseId + "/initiator-messages", """
                {"sentOn": "%s", "channel": "EMAIL", "purpose": "ANSWER"}""".formatted(TODAY), AGENT);
        assertEquals(400, missing.statusCode(), missing.body());
        var future = http().post("api/initiatives/" + caseId + "/initiator-messages", """
                {"sentOn": "%s", "channel": "EMAIL", "purpose": "ANSWER", "body": "Vastaus."}"""
                .formatted(TODAY.plusDays(1)), AGENT);
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(future.body().contains("cannot be in the future"), future.body());
        assertEquals(0, jsonArray(http().get("api/initiatives/" + caseId + "/initiator-messages", AGENT)).size(),
                "nothing half-saved");

        var recorded = http().post("api/initiatives/" + caseId + "/initiator-messages", """
                {"sentOn": "%s", "channel": "LETTER", "purpose": "DECISION", "body": "Aloitteen johdosta on päätetty."}"""
                .formatted(TODAY), AGENT);
        assertEquals(201, recorded.statusCode(), recorded.body());
        assertEquals(1, jsonArray(http().get("api/initiatives/" + caseId + "/initiator-messages", AGENT)).size());
        var log = http().get("api/initiatives/" + caseId + "/events", AGENT).body();
        assertTrue(log.contains("INITIATOR_INFORMED"), log);
        assertTrue(!log.contains("Aloitteen johdosta on päätetty"), "the log does not copy the message text");

        // The steps that must precede closing are done too, so that only the initiator rule was holding it back
        for (var step : json(http().get("api/initiatives/" + caseId + "/steps", AGENT)).getJsonArray("steps")
                .getValuesAs(JsonObject.class)) {
            if (!step.getString("state").equals("OPEN") || step.getBoolean("optional")) {
                continue;
            }
            var done = http().put("api/initiatives/" + caseId + "/steps/" + step.getJsonNumber("id").longValue(), """
                    {"version": %d, "state": "DONE", "date": "%s", "doneBy": "Aino"}"""
                    .formatted(step.getJsonNumber("version").longValue(), TODAY), AGENT);
            assertEquals(200, done.statusCode(), done.body());
        }
        var closed = http().post("api/initiatives/" + caseId + "/transitions", """
                {"transition": "CLOSE", "version": %d}""".formatted(version(caseId)), AGENT);
        assertEquals(200, closed.statusCode(), closed.body());
    }

    long version(long caseId) {
        return agentOf(caseId).getJsonNumber("version").longValue();
    }

    JsonObject clock(long caseId, String kind) {
        return jsonArray(http().get("api/initiatives/" + caseId + "/clocks", ADMIN)).stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getString("kind").equals(kind)).findFirst().orElseThrow();
    }
}
