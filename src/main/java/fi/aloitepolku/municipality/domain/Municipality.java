package fi.aloitepolku.municipality.domain;

import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A municipality served by this deployment, named in both national languages. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Statistics Finland's three-digit code, e.g. 609 for Pori. */
    @Column(name = "code", nullable = false, length = 3)
    private String code;

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv", nullable = false)
    private String nameSv;

    /** Residents entitled to vote, for the 2 % rule; null when not known (the statutory clock then says so). */
    @Column(name = "electorate_size")
    private Integer electorateSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_policy", nullable = false, length = 32)
    private AssignmentPolicy assignmentPolicy = AssignmentPolicy.ROUND_ROBIN;

    // Three columns rather than an embedded record: the EclipseLink build in Payara 7 cannot read records back
    @Column(name = "acknowledge_days")
    private Integer acknowledgeDays;

    @Column(name = "first_answer_days")
    private Integer firstAnswerDays;

    @Column(name = "decision_days")
    private Integer decisionDays;


    @Version
    private long version;

    protected Municipality() {
    }

    public Municipality(String code, String nameFi, String nameSv) {
        this.code = code;
        this.nameFi = nameFi;
        this.nameSv = nameSv;
    }

    /** An administrator's choice of policy, electorate and targets; refused when someone saved in between. */
    public void configure(AssignmentPolicy policy, Integer electorate, ServiceTargets newTargets, long expectedVersion) {
        if (expectedVersion != version) {
            throw new ConcurrentEdit("municipality", id);
        }
        if (policy == null) {
            throw new RuleViolation("assignmentPolicy", "municipality.policy.required");
        }
        if (electorate != null && electorate < 1) {
            throw new RuleViolation("electorateSize", "municipality.electorate.min");
        }
        requireDays("acknowledgeDays", newTargets.acknowledgeDays());
        requireDays("firstAnswerDays", newTargets.firstAnswerDays());
        requireDays("decisionDays", newTargets.decisionDays());
        assignmentPolicy = policy;
        electorateSize = electorate;
        acknowledgeDays = newTargets.acknowledgeDays();
        firstAnswerDays = newTargets.firstAnswerDays();
        decisionDays = newTargets.decisionDays();
    }

    private static void requireDays(String field, Integer days) {
        if (days != null && (days < 1 || days > ServiceTargets.MAX_DAYS)) {
            throw new RuleViolation(field, "municipality.targetDays.range", ServiceTargets.MAX_DAYS);
        }
    }

    public Integer electorateSize() {
        return electorateSize;
    }

    public AssignmentPolicy assignmentPolicy() {
        return assignmentPolicy;
    }

    /** Never null: a municipality without targets has {@link ServiceTargets#none()}. */
    public ServiceTargets targets() {
        return new ServiceTargets(acknowledgeDays, firstAnswerDays, decisionDays);
    }

    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameFi() {
        return nameFi;
    }

    public String nameSv() {
        return nameSv;
    }

    /** Swedish pages show the Swedish name; Finnish and English the Finnish one. */
    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
    }
}
