package fi.aloitepolku.initiative.domain;

import fi.aloitepolku.municipality.domain.Municipality;
import fi.aloitepolku.municipality.domain.Theme;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.staff.domain.StaffUser;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A resident initiative as a case: the aggregate root every later step refers to. Its initiator's
 * personal data is mapped to a separate table; {@code version} detects concurrent edits.
 */
@Entity
@Table(name = "initiative")
@SecondaryTable(name = "initiative_initiator", pkJoinColumns = @PrimaryKeyJoinColumn(name = "initiative_id"))
public class Initiative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String proposal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Theme theme;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "council_competence", nullable = false)
    private boolean councilCompetence = true;

    @Column(name = "signatory_count", nullable = false)
    private int signatoryCount;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private InitiativeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Publicity publicity = Publicity.PUBLIC;

    @Enumerated(EnumType.STRING)
    @Column(name = "confidential_ground", length = 80)
    private fi.aloitepolku.platform.openness.ConfidentialGround confidentialGround;

    @Column(name = "confidential_until")
    private LocalDate confidentialUntil;

    @Column(name = "public_title", length = 200)
    private String publicTitle;

    @Column(name = "publicity_changed_at")
    private Instant publicityChangedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_agent_id")
    private StaffUser assignedAgent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "preparer_id")
    private StaffUser preparer;

    /** The process template this case follows, fixed when it is accepted so later edits do not rewrite it. */
    @Column(name = "process_template_id")
    private Long processTemplateId;

    @Column(name = "merged_into_id")
    private Long mergedInto;

    @Embedded
    private Initiator initiator;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Initiative() {
    }

    /** A newly arrived initiative; it starts as RECEIVED. */
    public static Initiative receive(Municipality municipality, InitiativeFacts facts, Initiator initiator,
                                     StaffUser agent, LocalDate today, Instant now) {
        requireReceivedBy(facts.receivedOn(), today);
        var initiative = new Initiative();
        initiative.municipality = Objects.requireNonNull(municipality);
        initiative.apply(facts);
        initiative.initiator = Objects.requireNonNull(initiator);
        initiative.assignedAgent = agent;
        initiative.status = InitiativeStatus.RECEIVED;
        initiative.createdAt = now;
        initiative.updatedAt = now;
        return initiative;
    }

    /**
     * Corrects what the case says. {@code expectedVersion} is the version the editor started from: if
     * someone saved in between, the edit is refused rather than overwriting their work.
     *
     * @return the names of what changed (empty when nothing did), for the case log
     */
    public List<String> revise(Municipality newMunicipality, InitiativeFacts facts, Initiator newInitiator,
                               long expectedVersion, LocalDate today, Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEdit("initiative", id);
        }
        requireReceivedBy(facts.receivedOn(), today);
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(municipality.id(), newMunicipality.id())) {
            changes.add("municipality: " + municipality.code() + " → " + newMunicipality.code());
        }
        noteChange(changes, "title", title, facts.title(), false);
        noteChange(changes, "proposal", proposal, facts.proposal(), true);
        noteChange(changes, "channel", channel, facts.channel(), false);
        noteChange(changes, "signatoryCount", signatoryCount, facts.signatoryCount(), false);
        noteChange(changes, "receivedOn", receivedOn, facts.receivedOn(), false);
        noteChange(changes, "theme", theme, facts.theme(), false);
        noteChange(changes, "districtId", districtId, facts.districtId(), false);
        noteChange(changes, "councilCompetence", councilCompetence, facts.councilCompetence(), false);
        // The initiator's contact details are personal data: the log says that they changed, not to what.
        if (!sameInitiator(newInitiator)) {
            changes.add("initiator");
        }
        if (!changes.isEmpty()) {
            municipality = newMunicipality;
            apply(facts);
            // The same details keep their record (e.g. when they were anonymised)
            initiator = sameInitiator(newInitiator) ? initiator : newInitiator;
            updatedAt = now;
        }
        return changes;
    }

    /**
     * Moves the case. The lifecycle is checked here again, so no caller can skip it; guards (steps,
     * decision) are the use case's to consult before.
     *
     * @return the status the case left
     */
    public InitiativeStatus move(Transition transition, String reason, Long mergeTarget, long expectedVersion,
                                 Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEdit("initiative", id);
        }
        Lifecycle.check(status, transition, reason, mergeTarget);
        if (transition == Transition.MERGE && Objects.equals(mergeTarget, id)) {
            throw new RuleViolation("mergeInto", "transition.mergeInto.self");
        }
        var before = status;
        status = transition.to();
        mergedInto = mergeTarget;
        updatedAt = now;
        return before;
    }

    /** The case starts following a process template (once; a template already chosen stays). */
    public boolean followProcess(long templateId) {
        if (processTemplateId != null) {
            return false;
        }
        processTemplateId = templateId;
        return true;
    }

    public void assignPreparer(StaffUser newPreparer, long expectedVersion, Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEdit("initiative", id);
        }
        preparer = newPreparer;
        updatedAt = now;
    }

    /**
     * Gives the case to an agent (or to nobody). The version check applies to people choosing; the automatic
     * policy assigns within the transaction that created the case, where nobody else can have saved.
     */
    public void assignAgent(StaffUser agent, Long expectedVersion, Instant now) {
        if (expectedVersion != null && expectedVersion != version) {
            throw new ConcurrentEdit("initiative", id);
        }
        assignedAgent = agent;
        updatedAt = now;
    }

    /**
     * Marks the case changed by work recorded elsewhere (a step, a hearing), so that two people working
     * on the same case at once are detected by its version.
     */
    /**
     * The initiator's name and contact details are replaced (the case and its log stay); the public page
     * changes when the name was shown, hence the touch.
     */
    public void anonymiseInitiator(Instant now) {
        initiator = Initiator.anonymised(now);
        updatedAt = now;
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    /** The publicity a new case starts with (before it is saved: nobody has seen it appear or go). */
    public void startAs(PublicityMarking marking) {
        if (id != null) {
            throw new IllegalStateException("publicity of a saved case changes through classify");
        }
        publicity = marking.publicity();
        confidentialGround = marking.ground();
        confidentialUntil = marking.until();
        publicTitle = marking.publicTitle();
    }

    /**
     * Sets whether residents may see the case. A change moves {@code updated_at}, so that the public lists'
     * caches notice a case appearing or going.
     *
     * @return whether anything changed
     */
    public boolean classify(PublicityMarking marking, Instant now) {
        if (marking.equals(publicityMarking())) {
            return false;
        }
        if ((publicity == Publicity.PUBLIC) != (marking.publicity() == Publicity.PUBLIC)) {
            publicityChangedAt = now;
        }
        publicity = marking.publicity();
        confidentialGround = marking.ground();
        confidentialUntil = marking.until();
        publicTitle = marking.publicTitle();
        updatedAt = now;
        return true;
    }

    public PublicityMarking publicityMarking() {
        return new PublicityMarking(publicity, confidentialGround, confidentialUntil, publicTitle);
    }

    public Publicity publicity() {
        return publicity;
    }

    private static void requireReceivedBy(LocalDate receivedOn, LocalDate today) {
        if (receivedOn == null) {
            throw new RuleViolation("receivedOn", "initiative.receivedOn.required");
        }
        if (receivedOn.isAfter(today)) {
            throw new RuleViolation("receivedOn", "initiative.receivedOn.future");
        }
    }

    private void apply(InitiativeFacts facts) {
        if (facts.title() == null || facts.title().isBlank()) {
            throw new RuleViolation("title", "initiative.title.required");
        }
        if (facts.proposal() == null || facts.proposal().isBlank()) {
            throw new RuleViolation("proposal", "initiative.proposal.required");
        }
        if (facts.channel() == null) {
            throw new RuleViolation("channel", "initiative.channel.required");
        }
        if (facts.signatoryCount() < 1) {
            throw new RuleViolation("signatoryCount", "initiative.signatoryCount.min");
        }
        title = facts.title().trim();
        proposal = facts.proposal().trim();
        channel = facts.channel();
        signatoryCount = facts.signatoryCount();
        receivedOn = facts.receivedOn();
        theme = facts.theme();
        districtId = facts.districtId();
        councilCompetence = facts.councilCompetence();
    }

    private static void noteChange(List<String> changes, String field, Object before, Object after, boolean longText) {
        Object normalisedAfter = after instanceof String s ? s.trim() : after;
        if (!Objects.equals(before, normalisedAfter)) {
            changes.add(longText ? field : field + ": " + before + " → " + normalisedAfter);
        }
    }

    private boolean sameInitiator(Initiator other) {
        return Objects.equals(initiator.name(), other.name()) && Objects.equals(initiator.email(), other.email())
                && Objects.equals(initiator.phone(), other.phone()) && initiator.namePublic() == other.namePublic();
    }

    public Long id() {
        return id;
    }

    public Municipality municipality() {
        return municipality;
    }

    public String title() {
        return title;
    }

    public String proposal() {
        return proposal;
    }

    public Channel channel() {
        return channel;
    }

    public Theme theme() {
        return theme;
    }

    public Long districtId() {
        return districtId;
    }

    public boolean councilCompetence() {
        return councilCompetence;
    }

    public int signatoryCount() {
        return signatoryCount;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public InitiativeStatus status() {
        return status;
    }

    public StaffUser assignedAgent() {
        return assignedAgent;
    }

    public StaffUser preparer() {
        return preparer;
    }

    public Long processTemplateId() {
        return processTemplateId;
    }

    public Long mergedInto() {
        return mergedInto;
    }

    public Initiator initiator() {
        return initiator;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
