package fi.aloitepolku.privacy.web;

import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.platform.i18n.LocaleSelection;
import fi.aloitepolku.platform.web.PageMessages;
import fi.aloitepolku.privacy.application.PersonalDataExport;
import fi.aloitepolku.privacy.application.PersonalDataRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An administrator's page for a resident's data request: what is held about an address, its JSON download and
 * its erasure (after a confirmation step), and the latest requests' log. Each export and erasure is logged by
 * the application service.
 */
@Named
@RequestScoped
public class PersonalDataPage {

    /** One for the application: creating one looks the JSON provider up (see STACK.md). */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    PersonalDataRequests requests;

    @Inject
    PageMessages messages;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    LocaleSelection locale;

    private String email;
    private boolean confirming;
    private PersonalDataExport held;
    private List<PersonalDataRequests.LoggedRequest> log;

    public String show() {
        messages.attempt("data:", "privacy.data.shown", () -> held = requests.look(email));
        return null;
    }

    public String askToErase() {
        show();
        confirming = held != null;
        return null;
    }

    public String erase() {
        var outcome = messages.attempt("data:", "privacy.data.erased", () -> requests.erase(email));
        return outcome == PageMessages.Outcome.DONE ? "/staff/admin/personal-data?faces-redirect=true" : null;
    }

    public void download() {
        var faces = FacesContext.getCurrentInstance();
        final PersonalDataExport[] export = new PersonalDataExport[1];
        if (messages.attempt("data:", "privacy.data.shown", () -> export[0] = requests.export(email))
                != PageMessages.Outcome.DONE) {
            return;
        }
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/json;charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"personal-data.json\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try {
            external.getResponseOutputStream().write(JSON.toJson(export[0]).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Null when the administrator reaches the whole deployment, else the names of their municipalities. */
    public String getLimitedTo() {
        Set<Long> reach = requests.reach();
        if (reach == null) {
            return null;
        }
        return reach.stream().sorted().map(id -> municipalities.find(id).map(m -> m.name(locale.getLocale()))
                .orElse(String.valueOf(id))).collect(Collectors.joining(", "));
    }

    public List<PersonalDataRequests.LoggedRequest> getLog() {
        if (log == null) {
            log = requests.recent(20);
        }
        return log;
    }

    public PersonalDataExport getHeld() {
        return held;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
