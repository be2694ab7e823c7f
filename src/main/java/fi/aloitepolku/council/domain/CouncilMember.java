package fi.aloitepolku.council.domain;

import fi.aloitepolku.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A person's role in a council for a term. Only the name and the role: they are shown as roles of a public
 * body, and no contact details are kept, so none can leak.
 */
@Embeddable
public class CouncilMember {

    static final int MAX_NAME = 200;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberRole role;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected CouncilMember() {
    }

    public CouncilMember(String name, MemberRole role, LocalDate validFrom, LocalDate validUntil) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("members", "council.member.name.required");
        }
        if (name.trim().length() > MAX_NAME) {
            throw new RuleViolation("members", "field.tooLong", MAX_NAME);
        }
        if (role == null) {
            throw new RuleViolation("members", "council.member.role.required");
        }
        if (validFrom == null) {
            throw new RuleViolation("members", "council.member.validFrom.required");
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new RuleViolation("members", "council.member.validUntil.beforeFrom");
        }
        this.name = name.trim();
        this.role = role;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** Whether the term covers the day. */
    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    public String name() {
        return name;
    }

    public MemberRole role() {
        return role;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }
}
