package fi.aloitepolku.initiative.web;

import fi.aloitepolku.initiative.application.CaseEventEntry;
import fi.aloitepolku.initiative.application.CaseTransitions;
import fi.aloitepolku.initiative.application.TransitionOption;
import fi.aloitepolku.initiative.application.TransitionRequest;
import fi.aloitepolku.initiative.domain.Transition;
import fi.aloitepolku.initiative.domain.TransitionGuard;
import fi.aloitepolku.platform.i18n.Texts;
import fi.aloitepolku.staff.application.StaffOption;
import fi.aloitepolku.staff.application.StaffDirectory;
import fi.aloitepolku.initiative.application.EditableInitiative;
import fi.aloitepolku.initiative.application.InitiativeDetails;
import fi.aloitepolku.initiative.application.InitiativeEditing;
import fi.aloitepolku.initiative.application.InitiativeQueries;
import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.platform.rules.NotFound;
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
    transient PageMessages messages;

    @Inject
    transient CaseTransitions transitions;

    @Inject
    transient StaffDirectory staff;

    private String id;
    private EditableInitiative initiative;
    private InitiativeDetails details;
    private long version;
    private boolean conflict;
    private List<CaseEventEntry> timeline = List.of();
    private List<TransitionOption> transitionOptions = List.of();
    private List<StaffOption> preparers;
    private Transition transition;
    private String comment;
    private boolean commentPublic;
    private Long mergeInto;
    private Long preparerId;

    @Inject
    fi.aloitepolku.initiative.application.ConfidentialAccess accessLog;

    public void load() throws IOException {
        if (initiative != null) {
            return;
        }
        try {
            initiative = editing.forEditing(Long.parseLong(id == null ? "" : id.trim()));
            details = initiative.details();
            version = initiative.version();
            timeline = queries.timeline(initiative.id(), TIMELINE_LENGTH);
            accessLog.noteView(initiative.id(), "staff:case");
            transitionOptions = transitions.options(initiative.id());
            preparerId = initiative.preparerId();
        } catch (NumberFormatException | NotFound e) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public String save() {
        return attempt("case:", "initiative.saved", () -> editing.revise(initiative.id(), version, details));
    }

    /** Moves the case; a refusal says why and leaves the case as it was. */
    public String move() {
        return attempt("move:", "transition.done", () -> transitions.apply(initiative.id(),
                new TransitionRequest(transition, comment, commentPublic, mergeInto, version)));
    }

    public String assignPreparer() {
        return attempt("preparer:", "initiative.preparer.assigned",
                () -> editing.assignPreparer(initiative.id(), preparerId, version));
    }

    /**
     * Runs one change of the case. Done: the page is shown again with the news (post/redirect/get). Refused:
     * the reason is shown (beside the field at fault) and the user's input stays in the form.
     */
    private String attempt(String formPrefix, String doneKey, Runnable change) {
        var outcome = messages.attempt(formPrefix, doneKey, change);
        conflict = outcome == PageMessages.Outcome.CONFLICT;
        return outcome == PageMessages.Outcome.DONE ? "/staff/initiative?faces-redirect=true&id=" + initiative.id() : null;
    }

    /** The moves that can be made now, for the select. */
    public List<TransitionOption> getPossibleMoves() {
        return transitionOptions.stream().filter(TransitionOption::possible).toList();
    }

    /** The moves the lifecycle offers but something still holds back, each with its reasons. */
    public List<TransitionOption> getBlockedMoves() {
        return transitionOptions.stream().filter(o -> !o.possible()).toList();
    }

    public String blockerText(TransitionGuard.Blocker blocker) {
        return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), blocker.messageKey(),
                blocker.arguments());
    }

    public List<StaffOption> getPreparers() {
        if (preparers == null) {
            preparers = staff.activePreparersOf(initiative.details().getMunicipalityId());
        }
        return preparers;
    }

    public List<CaseEventEntry> getTimeline() {
        return timeline;
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

    public Transition getTransition() {
        return transition;
    }

    public void setTransition(Transition transition) {
        this.transition = transition;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isCommentPublic() {
        return commentPublic;
    }

    public void setCommentPublic(boolean commentPublic) {
        this.commentPublic = commentPublic;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }

    public Long getPreparerId() {
        return preparerId;
    }

    public void setPreparerId(Long preparerId) {
        this.preparerId = preparerId;
    }

    public boolean isConflict() {
        return conflict;
    }
}
