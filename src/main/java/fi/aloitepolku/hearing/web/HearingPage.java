package fi.aloitepolku.hearing.web;

import fi.aloitepolku.hearing.application.HearingInput;
import fi.aloitepolku.hearing.application.HearingInput.AttachmentInput;
import fi.aloitepolku.hearing.application.HearingQueries;
import fi.aloitepolku.hearing.application.HearingRecording;
import fi.aloitepolku.hearing.application.HearingView;
import fi.aloitepolku.hearing.domain.HearingKind;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.NotFound;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A preparer records or corrects one hearing of a case (a new one without {@code id}). */
@Named
@ViewScoped
public class HearingPage implements Serializable {

    @jakarta.inject.Inject
    transient fi.aloitepolku.initiative.application.CaseAccess access;

    private static final long serialVersionUID = 1L;
    static final int EMPTY_ATTACHMENT_ROWS = 2;

    @Inject
    transient HearingQueries queries;

    @Inject
    transient HearingRecording recording;

    @Inject
    transient PageMessages messages;

    private String caseId;
    private String hearingId;
    private long initiativeId;
    private Long id;
    private boolean loaded;
    private HearingKind kind = HearingKind.OTAKANTAA;
    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String accessibility;
    private Integer attendance;
    private String url;
    private String summary;
    private long version;
    private final List<AttachmentRow> attachments = new ArrayList<>();

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        try {
            initiativeId = Long.parseLong(caseId == null ? "" : caseId.trim());
            access.requireVisible(initiativeId);
            if (hearingId != null && !hearingId.isBlank()) {
                fill(queries.one(initiativeId, Long.parseLong(hearingId.trim())));
            }
        } catch (NumberFormatException | NotFound e) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        for (int i = 0; i < EMPTY_ATTACHMENT_ROWS; i++) {
            attachments.add(new AttachmentRow(null, null));
        }
        loaded = true;
    }

    private void fill(HearingView h) {
        id = h.id();
        kind = h.kind();
        title = h.title();
        opensOn = h.opensOn();
        closesOn = h.closesOn();
        startsAt = h.startsAt();
        endsAt = h.endsAt();
        place = h.place();
        accessibility = h.accessibility();
        attendance = h.attendance();
        url = h.url();
        summary = h.summary();
        version = h.version();
        h.attachments().forEach(a -> attachments.add(new AttachmentRow(a.url(), a.label())));
    }

    public String save() {
        var input = new HearingInput(kind, title, opensOn, closesOn, startsAt, endsAt, place, accessibility, attendance,
                url, summary, attachments.stream().map(a -> new AttachmentInput(a.getUrl(), a.getLabel())).toList(),
                version);
        try {
            if (id == null) {
                recording.add(initiativeId, input);
            } else {
                recording.revise(initiativeId, id, input);
            }
            messages.info("hearing.saved");
            return backToCase();
        } catch (ConcurrentEdit e) {
            messages.error("consultation.conflict");
        } catch (StateConflict refused) {
            messages.conflict(refused);
        } catch (RuleViolation refused) {
            messages.refused("hearing:", refused);
        }
        return null;
    }

    public String remove() {
        try {
            recording.remove(initiativeId, id, version);
            messages.info("hearing.removed");
            return backToCase();
        } catch (ConcurrentEdit e) {
            messages.error("consultation.conflict");
        } catch (StateConflict refused) {
            messages.conflict(refused);
        }
        return null;
    }

    private String backToCase() {
        return "/staff/initiative?faces-redirect=true&id=" + initiativeId;
    }

    public HearingKind[] getKinds() {
        return HearingKind.values();
    }

    /** One editable attachment link. */
    public static class AttachmentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String url;
        private String label;

        AttachmentRow(String url, String label) {
            this.url = url;
            this.label = label;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public String getHearingId() {
        return hearingId;
    }

    public void setHearingId(String hearingId) {
        this.hearingId = hearingId;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public HearingKind getKind() {
        return kind;
    }

    public void setKind(HearingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(String accessibility) {
        this.accessibility = accessibility;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public void setAttendance(Integer attendance) {
        this.attendance = attendance;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<AttachmentRow> getAttachments() {
        return attachments;
    }
}
