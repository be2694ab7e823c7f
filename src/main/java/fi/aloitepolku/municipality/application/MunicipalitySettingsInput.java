package fi.aloitepolku.municipality.application;

import fi.aloitepolku.municipality.domain.AssignmentPolicy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An administrator's settings of a municipality, from the settings page or the API. */
public class MunicipalitySettingsInput implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{municipality.policy.required}")
    private AssignmentPolicy assignmentPolicy = AssignmentPolicy.ROUND_ROBIN;

    @Min(value = 1, message = "{municipality.electorate.min}")
    @Max(value = 10_000_000, message = "{municipality.electorate.max}")
    private Integer electorateSize;

    @Min(value = 1, message = "{municipality.targetDays.range}")
    @Max(value = 3650, message = "{municipality.targetDays.range}")
    private Integer acknowledgeDays;

    @Min(value = 1, message = "{municipality.targetDays.range}")
    @Max(value = 3650, message = "{municipality.targetDays.range}")
    private Integer firstAnswerDays;

    @Min(value = 1, message = "{municipality.targetDays.range}")
    @Max(value = 3650, message = "{municipality.targetDays.range}")
    private Integer decisionDays;

    @NotNull(message = "{initiative.version.required}")
    private Long version;

    public AssignmentPolicy getAssignmentPolicy() {
        return assignmentPolicy;
    }

    public void setAssignmentPolicy(AssignmentPolicy assignmentPolicy) {
        this.assignmentPolicy = assignmentPolicy;
    }

    public Integer getElectorateSize() {
        return electorateSize;
    }

    public void setElectorateSize(Integer electorateSize) {
        this.electorateSize = electorateSize;
    }

    public Integer getAcknowledgeDays() {
        return acknowledgeDays;
    }

    public void setAcknowledgeDays(Integer acknowledgeDays) {
        this.acknowledgeDays = acknowledgeDays;
    }

    public Integer getFirstAnswerDays() {
        return firstAnswerDays;
    }

    public void setFirstAnswerDays(Integer firstAnswerDays) {
        this.firstAnswerDays = firstAnswerDays;
    }

    public Integer getDecisionDays() {
        return decisionDays;
    }

    public void setDecisionDays(Integer decisionDays) {
        this.decisionDays = decisionDays;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
