package fi.aloitepolku.initiative.web;

import fi.aloitepolku.initiative.application.CaseEventEntry;
import fi.aloitepolku.initiative.application.EditableInitiative;
import fi.aloitepolku.initiative.application.InitiativeDetails;
import fi.aloitepolku.initiative.application.InitiativeEditing;
import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.municipality.application.MunicipalityOption;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A case for staff: its details in an edit form and its log. The form remembers the version it was
 * opened at, so saving over someone else's newer save is refused, and the editor's input stays on screen.
 */
@Named
@ViewScoped
public class StaffCasePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TIMELINE_LENGTH = 100;

    @Inject
    transient InitiativeEditing editing;

    @Inject
    transient InitiativeQueries queries;

    @Inject
    transient MunicipalityDirectory municipalities;

    @Inject
    transient PageMessages messages;

    private String id;
    private EditableInitiative initiative;
    private InitiativeDetails details;
    private long version;
    private boolean conflict;
    private List<CaseEventEntry> timeline = List.of();
    private List<MunicipalityOption> municipalityOptions;

    public void load() throws IOException {
        if (initiative != null) {
            return;
        }
        try {
            initiative = editing.forEditing(Long.parseLong(id == null ? "" : id.trim()));
            details = initiative.details();
            version = initiative.version();
            timeline = queries.timeline(initiative.id(), TIMELINE_LENGTH);
        } catch (NumberFormatException | NotFound e) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public String save() {
        try {
            editing.revise(initiative.id(), version, details);
            messages.info("initiative.saved");
            return "/staff/initiative?faces-redirect=true&id=" + initiative.id();
        } catch (ConcurrentEdit e) {
            conflict = true;
            messages.error("initiative.conflict");
        } catch (RuleViolation refused) {
            messages.refused("case:", refused);
        } catch (RuntimeException e) {
            if (!isOptimisticLock(e)) {
                throw e;
            }
            conflict = true;
            messages.error("initiative.conflict");
        }
        return null;
    }

    private static boolean isOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    public List<CaseEventEntry> getTimeline() {
        return timeline;
    }

    public List<MunicipalityOption> getMunicipalities() {
        if (municipalityOptions == null) {
            municipalityOptions = municipalities.all();
        }
        return municipalityOptions;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public EditableInitiative getInitiative() {
        return initiative;
    }

    public InitiativeDetails getDetails() {
        return details;
    }

    public boolean isConflict() {
        return conflict;
    }
}
