package fi.aloitepolku.initiative.domain;

import java.time.Instant;

/**
 * A case's publicity changed (published after screening, marked confidential, its marking ended); observed in
 * the same transaction by the term index and by the followers' mail ({@code becamePublic}).
 */
public record CasePublicityChanged(long initiativeId, Publicity from, Publicity to, String actor, Instant at) {

    public boolean becamePublic() {
        return from != Publicity.PUBLIC && to == Publicity.PUBLIC;
    }
}
