package fi.aloitepolku.assignment.domain;

/**
 * An agent who could take a new case: present today and covering its municipality. {@code matches} counts how
 * many of the case's theme and district the agent covers (0–2); {@code openCases} is their current load.
 */
public record Candidate(long agentId, int matches, long openCases) {
}
