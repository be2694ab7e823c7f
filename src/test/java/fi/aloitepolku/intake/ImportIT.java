package fi.aloitepolku.intake;

import static fi.aloitepolku.testsupport.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.testsupport.Deployments;
import fi.aloitepolku.testsupport.FakeKuntalaisaloite;
import fi.aloitepolku.testsupport.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kuntalaisaloite.fi import against a local server with recorded answers: the first import creates the
 * cases, a re-import updates what changed and duplicates nothing, and a failing remote (error, timeout, wrong
 * shape) is reported while every case stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportIT {

    static final String[] AGENT = Http.join(Http.basic("ville", "aloitepolku"),
            new String[] {"Accept", "application/json", "Accept-Language", "en"});
    static final long KANKAANPAA = 2;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void normal() {
        FakeKuntalaisaloite.answer("first");
    }

    Http http() {
        return new Http(base);
    }

    JsonObject run() {
        var answer = http().post("api/intake/kuntalaisaloite/imports", "{\"municipalityId\": " + KANKAANPAA + "}", AGENT);
        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 502, answer.body());
        return json(answer);
    }

    List<JsonObject> imported() {
        return json(http().get("api/initiatives?municipality=" + KANKAANPAA + "&channel=KUNTALAISALOITE_FI&limit=100"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("title").equals("Kirjastoauto Lyttylään")
                        || i.getString("title").equals("Koirapuisto Niinisaloon")).toList();
    }

    long participants(String title) {
        long id = imported().stream().filter(i -> i.getString("title").equals(title)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        return json(http().get("api/initiatives/" + id)).getJsonNumber("signatoryCount").longValue();
    }

    @Test
    void importThenReimportThenFailures() {
        FakeKuntalaisaloite.answer("first");
        var first = run();
        assertEquals(2, first.getInt("read"), first.toString());
        assertEquals(2, first.getInt("created") + first.getInt("updated") + first.getInt("unchanged"));
        assertEquals(2, imported().size());
        assertEquals(87, participants("Kirjastoauto Lyttylään"));
        assertTrue(http().get("api/initiatives?q=lyttyl").body().contains("Kirjastoauto Lyttylään"),
                "an imported case is in the search's word index at once");
        long id = imported().getFirst().getJsonNumber("id").longValue();
        var log = http().get("api/initiatives/" + id + "/events", AGENT).body();
        assertTrue(log.contains("kuntalaisaloite.fi"), "the link is in the log: " + log);

        FakeKuntalaisaloite.answer("changed");
        var again = run();
        assertEquals(0, again.getInt("created"), again.toString());
        assertEquals(1, again.getInt("updated"));
        assertEquals(1, again.getInt("unchanged"));
        assertEquals(2, imported().size(), "no duplicates");
        assertEquals(152, participants("Kirjastoauto Lyttylään"));

        for (String failing : new String[] {"error", "malformed", "slow"}) {
            FakeKuntalaisaloite.answer(failing);
            var refused = http().post("api/intake/kuntalaisaloite/imports", "{\"municipalityId\": " + KANKAANPAA + "}",
                    AGENT);
            assertEquals(502, refused.statusCode(), failing + ": " + refused.body());
            assertTrue(json(refused).getString("detail").contains("Nothing was changed"), refused.body());
            assertEquals(2, imported().size(), failing + ": no case added");
            assertEquals(152, participants("Kirjastoauto Lyttylään"), failing + ": no case changed");
        }
    }

    @Test
    void anUnmappedMunicipalityOrAPreparerIsRefused() {
        var preparer = Http.join(Http.basic("pekka", "aloitepolku"), new String[] {"Accept", "application/json"});
        assertEquals(403, http().post("api/intake/kuntalaisaloite/imports", "{\"municipalityId\": 2}", preparer)
                .statusCode());
        assertEquals(400, http().post("api/intake/kuntalaisaloite/imports", "{\"municipalityId\": 999}", AGENT)
                .statusCode());
    }
}
