package fi.aloitepolku.hearing.domain;

import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One hearing of a case: whom the city heard, how, when, and what was heard. */
@Entity
@Table(name = "hearing")
public class Hearing {

    static final int MAX_TITLE = 200;
    static final int MAX_PLACE = 300;
    static final int MAX_ACCESSIBILITY = 1000;
    static final int MAX_SUMMARY = 20_000;
    static final int MAX_ATTACHMENTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private HearingKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(length = MAX_PLACE)
    private String place;

    @Column(length = MAX_ACCESSIBILITY)
    private String accessibility;

    private Integer attendance;

    @Column(length = 2000)
    private String url;

    private String summary;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "hearing_attachment", joinColumns = @JoinColumn(name = "hearing_id"))
    @OrderColumn(name = "position")
    private List<Attachment> attachments = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Hearing() {
    }

    public static Hearing of(long initiativeId, HearingDetails details, Instant now) {
        var hearing = new Hearing();
        hearing.initiativeId = initiativeId;
        hearing.apply(details);
        hearing.createdAt = now;
        hearing.updatedAt = now;
        return hearing;
    }

    /** Corrects the record; refused when someone saved since {@code expectedVersion}. */
    public void revise(HearingDetails details, long expectedVersion, Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEdit("hearing", id);
        }
        apply(details);
        updatedAt = now;
    }

    private void apply(HearingDetails d) {
        if (d.kind() == null) {
            throw new RuleViolation("kind", "hearing.kind.required");
        }
        String newTitle = required("title", d.title(), MAX_TITLE);
        String newUrl = HearingLinks.check(d.kind(), d.url());
        if (d.kind().isMeeting()) {
            if (d.startsAt() == null) {
                throw new RuleViolation("startsAt", "hearing.startsAt.required");
            }
            if (d.endsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
                throw new RuleViolation("endsAt", "hearing.endsAt.beforeStart");
            }
            required("place", d.place(), MAX_PLACE);
            if (d.attendance() != null && d.attendance() < 0) {
                throw new RuleViolation("attendance", "hearing.attendance.negative");
            }
        } else {
            if (d.opensOn() == null) {
                throw new RuleViolation("opensOn", "hearing.opensOn.required");
            }
            if (d.closesOn() != null && d.closesOn().isBefore(d.opensOn())) {
                throw new RuleViolation("closesOn", "hearing.closesOn.beforeOpen");
            }
        }
        String newAccessibility = optional("accessibility", d.accessibility(), MAX_ACCESSIBILITY);
        String newSummary = optional("summary", d.summary(), MAX_SUMMARY);
        List<Attachment> newAttachments = d.attachments() == null ? List.of() : d.attachments();
        if (newAttachments.size() > MAX_ATTACHMENTS) {
            throw new RuleViolation("attachments", "hearing.attachments.tooMany", MAX_ATTACHMENTS);
        }
        kind = d.kind();
        title = newTitle;
        url = newUrl;
        boolean meeting = kind.isMeeting();
        startsAt = meeting ? d.startsAt() : null;
        endsAt = meeting ? d.endsAt() : null;
        place = meeting ? d.place().trim() : null;
        attendance = meeting ? d.attendance() : null;
        opensOn = meeting ? null : d.opensOn();
        closesOn = meeting ? null : d.closesOn();
        accessibility = newAccessibility;
        summary = newSummary;
        attachments.clear();
        attachments.addAll(newAttachments);
    }

    /**
     * Whether the hearing is over, so its summary may be shown to residents: a meeting once it has ended
     * (or started, without an end), a period once its last day has passed in Helsinki.
     */
    public static boolean closed(HearingKind kind, LocalDate closesOn, Instant startsAt, Instant endsAt,
                                 LocalDate today, Instant now) {
        if (kind.isMeeting()) {
            Instant over = endsAt != null ? endsAt : startsAt;
            return over != null && over.isBefore(now);
        }
        return closesOn != null && closesOn.isBefore(today);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "hearing." + field + ".required");
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new RuleViolation(field, "field.tooLong", max);
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public Long initiativeId() {
        return initiativeId;
    }

    public HearingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String url() {
        return url;
    }

    public long version() {
        return version;
    }
}
