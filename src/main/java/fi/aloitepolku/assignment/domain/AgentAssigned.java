package fi.aloitepolku.assignment.domain;

import java.time.Instant;

/**
 * A case got its agent, by a person or by the municipality's policy; observed in the same transaction (the
 * agent's notification and e-mail are written with the change or not at all).
 */
public record AgentAssigned(long initiativeId, String caseTitle, long agentId, String actor, String reason,
                            Instant at) {
}
