package fi.aloitepolku.staff.domain;

import fi.aloitepolku.municipality.domain.Theme;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A staff account: participation agent, preparer or administrator. The password is only ever a hash. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<StaffRole> roles = new HashSet<>();

    /** For agents: the municipalities they take cases of, and the themes and districts they cover there. */
    @ElementCollection
    @CollectionTable(name = "agent_municipality", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "municipality_id")
    private Set<Long> municipalityIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agent_theme", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agent_district", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "district_id")
    private Set<Long> districtIds = new HashSet<>();

    /** The language of this person's e-mails: fi, sv or en. */
    @Column(nullable = false, length = 2)
    private String language = "fi";

    @Version
    private long version;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String email, String passwordHash, Set<StaffRole> roles,
                     Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public java.util.Locale language() {
        return java.util.Locale.of(language == null ? "fi" : language);
    }

    public boolean isActive() {
        return active;
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    /** What an agent covers. Districts must lie in the municipalities covered (checked by the use case). */
    public void cover(Set<Long> newMunicipalityIds, Set<Theme> newThemes, Set<Long> newDistrictIds,
                      long expectedVersion) {
        if (expectedVersion != version) {
            throw new ConcurrentEdit("staffUser", id);
        }
        municipalityIds.clear();
        municipalityIds.addAll(newMunicipalityIds);
        themes.clear();
        themes.addAll(newThemes);
        districtIds.clear();
        districtIds.addAll(newDistrictIds);
    }

    public boolean covers(long municipalityId) {
        return municipalityIds.contains(municipalityId);
    }

    public Set<Long> municipalityIds() {
        return Set.copyOf(municipalityIds);
    }

    public Set<Theme> themes() {
        return themes.isEmpty() ? Set.of() : EnumSet.copyOf(themes);
    }

    public Set<Long> districtIds() {
        return Set.copyOf(districtIds);
    }

    public long version() {
        return version;
    }
}
