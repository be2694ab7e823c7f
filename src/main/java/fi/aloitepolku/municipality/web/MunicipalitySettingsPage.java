package fi.aloitepolku.municipality.web;

import fi.aloitepolku.municipality.application.DistrictOption;
import fi.aloitepolku.municipality.application.MunicipalityDirectory;
import fi.aloitepolku.municipality.application.MunicipalityProfile;
import fi.aloitepolku.municipality.application.MunicipalitySettings;
import fi.aloitepolku.municipality.application.MunicipalitySettingsInput;
import fi.aloitepolku.municipality.domain.AssignmentPolicy;
import fi.aloitepolku.platform.rules.NotFound;
import fi.aloitepolku.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** An administrator's settings of one municipality: assignment policy, electorate, own targets, districts. */
@Named
@ViewScoped
public class MunicipalitySettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MunicipalitySettings settings;

    @Inject
    transient MunicipalityDirectory directory;

    @Inject
    transient PageMessages messages;

    private String id;
    private MunicipalityProfile profile;
    private final MunicipalitySettingsInput input = new MunicipalitySettingsInput();
    private String districtFi;
    private String districtSv;

    public void load() throws IOException {
        if (profile != null) {
            return;
        }
        try {
            profile = settings.profile(Long.parseLong(id == null ? "" : id.trim()));
            input.setAssignmentPolicy(profile.assignmentPolicy());
            input.setElectorateSize(profile.electorateSize());
            input.setAcknowledgeDays(profile.acknowledgeDays());
            input.setFirstAnswerDays(profile.firstAnswerDays());
            input.setDecisionDays(profile.decisionDays());
            input.setVersion(profile.version());
        } catch (NumberFormatException | NotFound e) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public String save() {
        return done(messages.attempt("settings:", "municipality.saved", () -> settings.configure(profile.id(), input)));
    }

    public String addDistrict() {
        return done(messages.attempt("district:", "district.added",
                () -> settings.addDistrict(profile.id(), districtFi, districtSv)));
    }

    private String done(PageMessages.Outcome outcome) {
        return outcome == PageMessages.Outcome.DONE
                ? "/staff/admin/municipality?faces-redirect=true&id=" + profile.id() : null;
    }

    public List<DistrictOption> getDistricts() {
        return directory.districts().stream().filter(d -> d.municipalityId() == profile.id()).toList();
    }

    public AssignmentPolicy[] getPolicies() {
        return AssignmentPolicy.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MunicipalityProfile getProfile() {
        return profile;
    }

    public MunicipalitySettingsInput getInput() {
        return input;
    }

    public String getDistrictFi() {
        return districtFi;
    }

    public void setDistrictFi(String districtFi) {
        this.districtFi = districtFi;
    }

    public String getDistrictSv() {
        return districtSv;
    }

    public void setDistrictSv(String districtSv) {
        this.districtSv = districtSv;
    }
}
