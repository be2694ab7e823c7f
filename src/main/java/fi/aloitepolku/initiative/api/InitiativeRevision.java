package fi.aloitepolku.initiative.api;

import fi.aloitepolku.initiative.application.InitiativeDetails;

/** The body of PUT /api/initiatives/{id}: the new details and the version they were edited from. */
public class InitiativeRevision extends InitiativeDetails {

    private static final long serialVersionUID = 1L;

    private Long version;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
