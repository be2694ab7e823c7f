package fi.aloitepolku.decision.domain;

import fi.aloitepolku.initiative.domain.InitiativeStatus;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import fi.aloitepolku.platform.rules.WebAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The formal decision that closed (or, tabled or returned, did not yet close) a case: one per case. */
@Entity
@Table(name = "decision_record")
public class DecisionRecord {

    static final int MAX_BODY_NAME = 200;
    static final int MAX_TEXT = 50_000;
    static final int MAX_SECTION = 9999;
    static final Pattern ABBREVIATION = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]{0,19}");
    /** A decision is recorded once its proposal is out, and corrected later. */
    static final Set<InitiativeStatus> RECORDABLE = EnumSet.of(InitiativeStatus.DECISION_PROPOSED,
            InitiativeStatus.DECIDED, InitiativeStatus.DECISION_COMMUNICATED, InitiativeStatus.CLOSED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind", nullable = false, length = 16)
    private DecidingBody bodyKind;

    @Column(name = "body_name", nullable = false, length = MAX_BODY_NAME)
    private String bodyName;

    @Column(name = "body_abbreviation", nullable = false, length = 20)
    private String bodyAbbreviation;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "section_no", nullable = false)
    private int section;

    @Column(name = "diary_number", nullable = false, length = 40)
    private String diaryNumber;

    @Column(name = "proposal_text", nullable = false)
    private String proposalText;

    @Column(name = "decision_text")
    private String decisionText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DecisionOutcome outcome;

    @Column(name = "agenda_url", length = WebAddress.MAX_LENGTH)
    private String agendaUrl;

    @Column(name = "minutes_url", length = WebAddress.MAX_LENGTH)
    private String minutesUrl;

    @Column(nullable = false, length = 80)
    private String citation;

    @Column(name = "citation_key", nullable = false, length = 80)
    private String citationKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected DecisionRecord() {
    }

    public static DecisionRecord of(long initiativeId, InitiativeStatus caseStatus, DecisionDetails details,
                                    LocalDate today, Instant now) {
        requireRecordable(caseStatus, details.outcome());
        var record = new DecisionRecord();
        record.initiativeId = initiativeId;
        record.apply(details, today);
        record.createdAt = now;
        record.updatedAt = now;
        return record;
    }

    public void revise(InitiativeStatus caseStatus, DecisionDetails details, long expectedVersion, LocalDate today,
                       Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEdit("decision", id);
        }
        requireRecordable(caseStatus, details.outcome());
        apply(details, today);
        updatedAt = now;
    }

    /**
     * Only a case whose decision has been proposed gets a decision; once the case is decided, the record
     * may be corrected but must still settle the matter (a decided case cannot be "tabled" after the fact).
     */
    static void requireRecordable(InitiativeStatus caseStatus, DecisionOutcome outcome) {
        if (!RECORDABLE.contains(caseStatus)) {
            throw new StateConflict("decision.caseNotProposed");
        }
        if (caseStatus != InitiativeStatus.DECISION_PROPOSED && outcome != null && !outcome.settlesMatter()) {
            throw new StateConflict("decision.outcome.caseDecided");
        }
    }

    private void apply(DecisionDetails d, LocalDate today) {
        if (d.bodyKind() == null) {
            throw new RuleViolation("bodyKind", "decision.bodyKind.required");
        }
        String name = text("bodyName", d.bodyName(), MAX_BODY_NAME, true);
        String abbreviation = d.bodyAbbreviation() == null || d.bodyAbbreviation().isBlank()
                ? d.bodyKind().usualAbbreviation() : d.bodyAbbreviation().trim().toUpperCase(Locale.ROOT);
        if (abbreviation == null) {
            throw new RuleViolation("bodyAbbreviation", "decision.bodyAbbreviation.required");
        }
        if (!ABBREVIATION.matcher(abbreviation).matches()) {
            throw new RuleViolation("bodyAbbreviation", "decision.bodyAbbreviation.format");
        }
        if (d.meetingDate() == null) {
            throw new RuleViolation("meetingDate", "decision.meetingDate.required");
        }
        if (d.meetingDate().isAfter(today)) {
            throw new RuleViolation("meetingDate", "decision.meetingDate.future");
        }
        if (d.section() == null || d.section() < 1 || d.section() > MAX_SECTION) {
            throw new RuleViolation("section", "decision.section.range", MAX_SECTION);
        }
        String diary = DiaryNumber.check(d.diaryNumber(), today.getYear());
        String proposal = text("proposalText", d.proposalText(), MAX_TEXT, true);
        if (d.outcome() == null) {
            throw new RuleViolation("outcome", "decision.outcome.required");
        }
        String decision = decisionText(d.outcome(), proposal, text("decisionText", d.decisionText(), MAX_TEXT, false));
        String agenda = WebAddress.optionalHttps("agendaUrl", d.agendaUrl());
        String minutes = WebAddress.optionalHttps("minutesUrl", d.minutesUrl());
        bodyKind = d.bodyKind();
        bodyName = name;
        bodyAbbreviation = abbreviation;
        meetingDate = d.meetingDate();
        section = d.section();
        diaryNumber = diary;
        proposalText = proposal;
        decisionText = decision;
        outcome = d.outcome();
        agendaUrl = agenda;
        minutesUrl = minutes;
        citation = Citation.of(abbreviation, meetingDate, section);
        citationKey = Citation.key(abbreviation, meetingDate, section);
    }

    /**
     * The outcome rules: passed as proposed means the decision is the proposal (a different text is an
     * amendment); an amendment must differ from the proposal; a vote or a rejection needs the decision's own
     * words; noted, tabled and returned may go without.
     */
    static String decisionText(DecisionOutcome outcome, String proposal, String decision) {
        switch (outcome) {
            case PASSED_AS_PROPOSED -> {
                if (decision != null && !decision.equals(proposal)) {
                    throw new RuleViolation("decisionText", "decision.decisionText.differsFromProposal");
                }
                return proposal;
            }
            case AMENDED -> {
                if (decision == null) {
                    throw new RuleViolation("decisionText", "decision.decisionText.required");
                }
                if (decision.equals(proposal)) {
                    throw new RuleViolation("decisionText", "decision.decisionText.amendmentSame");
                }
                return decision;
            }
            default -> {
                if (outcome.needsDecisionText() && decision == null) {
                    throw new RuleViolation("decisionText", "decision.decisionText.required");
                }
                return decision;
            }
        }
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new RuleViolation(field, "decision." + field + ".required");
            }
            return null;
        }
        String t = value.trim();
        if (t.length() > max) {
            throw new RuleViolation(field, "field.tooLong", max);
        }
        return t;
    }

    public Long id() {
        return id;
    }

    public Long initiativeId() {
        return initiativeId;
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public String citation() {
        return citation;
    }

    public String diaryNumber() {
        return diaryNumber;
    }

    public long version() {
        return version;
    }
}
