package fi.aloitepolku.initiative.web;

import fi.aloitepolku.initiative.application.CasePublication;
import fi.aloitepolku.initiative.domain.Publicity;
import fi.aloitepolku.initiative.domain.PublicityMarking;
import fi.aloitepolku.platform.openness.ConfidentialGround;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** The staff case page's publicity: its state, "Publish" and the confidential marking (ground, end, public title). */
@Named
@ViewScoped
public class CasePublicitySection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CasePublication publication;

    @Inject
    transient PageMessages pageMessages;

    private Long caseId;
    private CasePublication.State state;
    private Publicity publicity;
    private ConfidentialGround ground;
    private LocalDate until;
    private String publicTitle;

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            caseId = Long.parseLong(id == null ? "" : id.trim());
            state = publication.state(caseId);
            publicity = state.publicity();
            ground = state.confidentialGround();
            until = state.confidentialUntil();
            publicTitle = state.publicTitle();
        } catch (NumberFormatException | NotFound e) {
            caseId = null;
        }
    }

    public String publish() {
        return change(PublicityMarking.PUBLIC);
    }

    public String save() {
        return change(null);
    }

    private String change(PublicityMarking chosen) {
        if (caseId == null) {
            return null;
        }
        var outcome = pageMessages.attempt("publicity:", "publicity.saved", () -> publication.classify(caseId,
                chosen != null ? chosen : new PublicityMarking(publicity, ground, until, publicTitle), state.version()));
        return outcome == PageMessages.Outcome.DONE ? "/staff/initiative?faces-redirect=true&id=" + caseId : null;
    }

    public boolean isAvailable() {
        return state != null;
    }

    public CasePublication.State getState() {
        return state;
    }

    public Publicity[] getPublicities() {
        return Publicity.values();
    }

    public ConfidentialGround[] getGrounds() {
        return ConfidentialGround.values();
    }

    public Publicity getPublicity() {
        return publicity;
    }

    public void setPublicity(Publicity publicity) {
        this.publicity = publicity;
    }

    public ConfidentialGround getGround() {
        return ground;
    }

    public void setGround(ConfidentialGround ground) {
        this.ground = ground;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getPublicTitle() {
        return publicTitle;
    }

    public void setPublicTitle(String publicTitle) {
        this.publicTitle = publicTitle;
    }
}
