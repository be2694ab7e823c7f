package fi.aloitepolku.intake.infrastructure;

import fi.aloitepolku.intake.domain.ImportFailure;
import fi.aloitepolku.intake.domain.RemoteInitiative;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a municipality's initiatives from the kuntalaisaloite.fi public API, page by page (at most 50 each),
 * and checks every item's shape before handing any over: a wrong answer fails the whole read.
 */
@ApplicationScoped
public class KuntalaisaloiteClient {

    static final int PAGE = 50;
    /** A runaway remote (pages without end) is stopped here. */
    static final int MAX_PAGES = 200;

    @Inject
    @ConfigProperty(name = "app.kuntalaisaloite.base-url", defaultValue = "https://www.kuntalaisaloite.fi")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "app.kuntalaisaloite.timeout-seconds", defaultValue = "15")
    int timeoutSeconds;

    public List<RemoteInitiative> initiativesOf(String remoteMunicipalityId) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        List<RemoteInitiative> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonArray items = list(http, remoteMunicipalityId, page * PAGE);
            for (JsonValue item : items) {
                all.add(parse(item));
            }
            if (items.size() < PAGE) {
                return all;
            }
        }
        throw new ImportFailure("import.failed.tooMany", MAX_PAGES * PAGE);
    }

    private JsonArray list(HttpClient http, String municipality, int offset) {
        String url = baseUrl.replaceAll("/+$", "") + "/api/v1/initiatives?municipality="
                + URLEncoder.encode(municipality, StandardCharsets.UTF_8) + "&offset=" + offset + "&limit=" + PAGE;
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeoutSeconds))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ImportFailure("import.failed.timeout", timeoutSeconds);
        } catch (IOException e) {
            throw new ImportFailure("import.failed.unreachable", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportFailure("import.failed.unreachable", "interrupted");
        }
        if (response.statusCode() != 200) {
            throw new ImportFailure("import.failed.status", response.statusCode());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new ImportFailure("import.failed.shape", "not a list");
            }
            return value.asJsonArray();
        } catch (JsonException e) {
            throw new ImportFailure("import.failed.shape", "not JSON");
        }
    }

    static RemoteInitiative parse(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ImportFailure("import.failed.shape", "an item is not an object");
        }
        JsonObject o = value.asJsonObject();
        String id = text(o, "id");
        String name = text(o, "name");
        String proposal = o.get("proposal") instanceof JsonString s ? s.getString() : "";
        if (!(o.get("participantCount") instanceof JsonNumber count) || count.intValue() < 0) {
            throw new ImportFailure("import.failed.shape", "participantCount of " + id);
        }
        LocalDate sent = date(o, "sentTime");
        if (sent == null) {
            sent = date(o, "publishDate");
        }
        if (sent == null) {
            throw new ImportFailure("import.failed.shape", "no sentTime or publishDate in " + id);
        }
        String url = null;
        if (o.get("url") instanceof JsonObject urls && urls.get("fi") instanceof JsonString fi) {
            url = fi.getString();
        }
        if (name.length() > 200) {
            name = name.substring(0, 199) + "…";
        }
        return new RemoteInitiative(id, name, proposal.isBlank() ? name : proposal, Math.max(1, count.intValue()),
                sent, url == null ? id : url);
    }

    private static String text(JsonObject o, String field) {
        if (o.get(field) instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString().trim();
        }
        throw new ImportFailure("import.failed.shape", "missing " + field);
    }

    private static LocalDate date(JsonObject o, String field) {
        if (o.get(field) instanceof JsonString s && s.getString().length() >= 10) {
            try {
                return LocalDate.parse(s.getString().substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                throw new ImportFailure("import.failed.shape", field + " is not a date");
            }
        }
        return null;
    }
}
