package fi.aloitepolku.staff.web;

import fi.aloitepolku.municipality.domain.Theme;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.web.PageMessages;
import fi.aloitepolku.staff.application.AbsenceInput;
import fi.aloitepolku.staff.application.AgentCoverage;
import fi.aloitepolku.staff.application.AgentProfile;
import fi.aloitepolku.staff.application.AgentProfiles;
import fi.aloitepolku.staff.application.StaffOption;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An administrator's page of one agent: what they cover, and their absences with substitutes. */
@Named
@ViewScoped
public class AgentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgentProfiles profiles;

    @Inject
    transient PageMessages messages;

    private String id;
    private AgentProfile profile;
    // Arrays, not lists: Faces converts checkbox values by the array's element type
    private Long[] municipalityIds = {};
    private Theme[] themes = {};
    private Long[] districtIds = {};
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Long substituteId;
    private String note;
    private List<StaffOption> agents;

    public void load() throws IOException {
        if (profile != null) {
            return;
        }
        try {
            profile = profiles.profile(Long.parseLong(id == null ? "" : id.trim()));
            municipalityIds = profile.municipalityIds().toArray(Long[]::new);
            themes = profile.themes().toArray(Theme[]::new);
            districtIds = profile.districtIds().toArray(Long[]::new);
        } catch (NumberFormatException | NotFound e) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public String saveCoverage() {
        return done(messages.attempt("coverage:", "agent.saved", () -> profiles.cover(profile.id(),
                new AgentCoverage(Set.of(municipalityIds), Set.of(themes), Set.of(districtIds), profile.version()))));
    }

    public String recordAbsence() {
        return done(messages.attempt("absence:", "absence.recorded", () -> profiles.recordAbsence(profile.id(),
                new AbsenceInput(startsOn, endsOn, substituteId, note))));
    }

    public String cancelAbsence(long absenceId) {
        return done(messages.attempt("absence:", "absence.cancelled",
                () -> profiles.cancelAbsence(profile.id(), absenceId)));
    }

    private String done(PageMessages.Outcome outcome) {
        return outcome == PageMessages.Outcome.DONE ? "/staff/admin/agent?faces-redirect=true&id=" + profile.id() : null;
    }

    /** Other agents, who may stand in. */
    public List<StaffOption> getSubstitutes() {
        if (agents == null) {
            agents = profiles.agents().stream().filter(a -> a.id() != profile.id()).toList();
        }
        return agents;
    }

    public Theme[] getAllThemes() {
        return Theme.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AgentProfile getProfile() {
        return profile;
    }

    public Long[] getMunicipalityIds() {
        return municipalityIds;
    }

    public void setMunicipalityIds(Long[] municipalityIds) {
        this.municipalityIds = municipalityIds;
    }

    public Theme[] getThemes() {
        return themes;
    }

    public void setThemes(Theme[] themes) {
        this.themes = themes;
    }

    public Long[] getDistrictIds() {
        return districtIds;
    }

    public void setDistrictIds(Long[] districtIds) {
        this.districtIds = districtIds;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Long getSubstituteId() {
        return substituteId;
    }

    public void setSubstituteId(Long substituteId) {
        this.substituteId = substituteId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
