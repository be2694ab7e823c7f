package fi.aloitepolku.decision.web;

import fi.aloitepolku.decision.application.DecisionInput;
import fi.aloitepolku.decision.application.DecisionQueries;
import fi.aloitepolku.decision.application.DecisionRecording;
import fi.aloitepolku.decision.domain.DecidingBody;
import fi.aloitepolku.decision.domain.DecisionOutcome;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/** The preparer or the body's secretary records the case's decision, or corrects it. */
@Named
@ViewScoped
public class DecisionPage implements Serializable {

    @jakarta.inject.Inject
    transient fi.aloitepolku.initiative.application.CaseAccess access;

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionQueries queries;

    @Inject
    transient DecisionRecording recording;

    @Inject
    transient PageMessages messages;

    private String caseId;
    private long initiativeId;
    private boolean loaded;
    private boolean existing;
    private DecidingBody bodyKind = DecidingBody.CITY_BOARD;
    private String bodyName;
    private String bodyAbbreviation;
    private LocalDate meetingDate;
    private Integer section;
    private String diaryNumber;
    private String proposalText;
    private String decisionText;
    private DecisionOutcome outcome = DecisionOutcome.PASSED_AS_PROPOSED;
    private String agendaUrl;
    private String minutesUrl;
    private Long version;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        try {
            initiativeId = Long.parseLong(caseId == null ? "" : caseId.trim());
            access.requireVisible(initiativeId);
        } catch (NumberFormatException | fi.aloitepolku.platform.rules.NotFound e) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        queries.forCase(initiativeId).ifPresent(d -> {
            existing = true;
            bodyKind = d.bodyKind();
            bodyName = d.bodyName();
            bodyAbbreviation = d.bodyAbbreviation();
            meetingDate = d.meetingDate();
            section = d.section();
            diaryNumber = d.diaryNumber();
            proposalText = d.proposalText();
            decisionText = d.decisionText();
            outcome = d.outcome();
            agendaUrl = d.agendaUrl();
            minutesUrl = d.minutesUrl();
            version = d.version();
        });
        loaded = true;
    }

    public String save() {
        try {
            recording.record(initiativeId, new DecisionInput(bodyKind, bodyName, bodyAbbreviation, meetingDate, section,
                    diaryNumber, proposalText, decisionText, outcome, agendaUrl, minutesUrl, version));
            messages.info("decision.saved");
            return "/staff/initiative?faces-redirect=true&id=" + initiativeId;
        } catch (ConcurrentEdit e) {
            messages.error("consultation.conflict");
        } catch (StateConflict refused) {
            messages.conflict(refused);
        } catch (RuleViolation refused) {
            messages.refused("decision:", refused);
        }
        return null;
    }

    public DecidingBody[] getBodies() {
        return DecidingBody.values();
    }

    public DecisionOutcome[] getOutcomes() {
        return DecisionOutcome.values();
    }

    public boolean isExisting() {
        return existing;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public DecidingBody getBodyKind() {
        return bodyKind;
    }

    public void setBodyKind(DecidingBody bodyKind) {
        this.bodyKind = bodyKind;
    }

    public String getBodyName() {
        return bodyName;
    }

    public void setBodyName(String bodyName) {
        this.bodyName = bodyName;
    }

    public String getBodyAbbreviation() {
        return bodyAbbreviation;
    }

    public void setBodyAbbreviation(String bodyAbbreviation) {
        this.bodyAbbreviation = bodyAbbreviation;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public Integer getSection() {
        return section;
    }

    public void setSection(Integer section) {
        this.section = section;
    }

    public String getDiaryNumber() {
        return diaryNumber;
    }

    public void setDiaryNumber(String diaryNumber) {
        this.diaryNumber = diaryNumber;
    }

    public String getProposalText() {
        return proposalText;
    }

    public void setProposalText(String proposalText) {
        this.proposalText = proposalText;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public void setDecisionText(String decisionText) {
        this.decisionText = decisionText;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getAgendaUrl() {
        return agendaUrl;
    }

    public void setAgendaUrl(String agendaUrl) {
        this.agendaUrl = agendaUrl;
    }

    public String getMinutesUrl() {
        return minutesUrl;
    }

    public void setMinutesUrl(String minutesUrl) {
        this.minutesUrl = minutesUrl;
    }
}
