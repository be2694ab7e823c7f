package fi.aloitepolku.municipality.domain;

/** How a municipality's new cases find their agent; an administrator chooses it per municipality. */
public enum AssignmentPolicy {
    /** In turn among the agents who cover the case's theme and district. */
    ROUND_ROBIN,
    /** To the covering agent with the fewest open cases. */
    LEAST_WORKLOAD
}
