package fi.aloitepolku.council.domain;

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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An influence body in the registry: what kind, its names, which municipalities it serves, who holds its roles. */
@Entity
@Table(name = "council")
public class Council {

    static final int MAX_NAME = 200;
    static final int MAX_MEMBERS = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private CouncilKind kind;

    @Column(name = "name_fi", nullable = false, length = MAX_NAME)
    private String nameFi;

    @Column(name = "name_sv", length = MAX_NAME)
    private String nameSv;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "council_municipality", joinColumns = @JoinColumn(name = "council_id"))
    @Column(name = "municipality_id")
    private Set<Long> municipalityIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "council_member", joinColumns = @JoinColumn(name = "council_id"))
    @OrderColumn(name = "position")
    private List<CouncilMember> members = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Council() {
    }

    public static Council of(CouncilKind kind, String nameFi, String nameSv, Set<Long> municipalityIds,
                             List<CouncilMember> members, Instant now) {
        var council = new Council();
        council.apply(kind, nameFi, nameSv, municipalityIds, members);
        council.createdAt = now;
        council.updatedAt = now;
        return council;
    }

    public void revise(CouncilKind newKind, String newNameFi, String newNameSv, Set<Long> newMunicipalityIds,
                       List<CouncilMember> newMembers, long expectedVersion, Instant now) {
        if (expectedVersion != version) {
            throw new ConcurrentEdit("council", id);
        }
        apply(newKind, newNameFi, newNameSv, newMunicipalityIds, newMembers);
        updatedAt = now;
    }

    private void apply(CouncilKind newKind, String newNameFi, String newNameSv, Set<Long> newMunicipalityIds,
                       List<CouncilMember> newMembers) {
        if (newKind == null) {
            throw new RuleViolation("kind", "council.kind.required");
        }
        if (newNameFi == null || newNameFi.isBlank()) {
            throw new RuleViolation("nameFi", "council.nameFi.required");
        }
        if (newNameFi.trim().length() > MAX_NAME || (newNameSv != null && newNameSv.trim().length() > MAX_NAME)) {
            throw new RuleViolation(newNameFi.trim().length() > MAX_NAME ? "nameFi" : "nameSv", "field.tooLong", MAX_NAME);
        }
        if (newMunicipalityIds == null || newMunicipalityIds.isEmpty()) {
            throw new RuleViolation("municipalityIds", "council.municipalities.required");
        }
        List<CouncilMember> memberList = newMembers == null ? List.of() : newMembers;
        if (memberList.size() > MAX_MEMBERS) {
            throw new RuleViolation("members", "council.members.tooMany", MAX_MEMBERS);
        }
        kind = newKind;
        nameFi = newNameFi.trim();
        nameSv = newNameSv == null || newNameSv.isBlank() ? null : newNameSv.trim();
        municipalityIds.clear();
        municipalityIds.addAll(newMunicipalityIds);
        members.clear();
        members.addAll(memberList);
    }

    /** A council is asked for statements on the cases of the municipalities it serves. */
    public boolean serves(long municipalityId) {
        return municipalityIds.contains(municipalityId);
    }

    public java.util.Set<Long> municipalityIds() {
        return java.util.Set.copyOf(municipalityIds);
    }

    public Long id() {
        return id;
    }

    public CouncilKind kind() {
        return kind;
    }

    public String nameFi() {
        return nameFi;
    }

    public long version() {
        return version;
    }
}
