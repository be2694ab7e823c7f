package fi.aloitepolku.initiative.domain;

import java.util.Optional;

/** Where cases are kept. */
public interface InitiativeRepository {

    Optional<Initiative> find(long id);

    /** Stores a new case and gives it its id. */
    Initiative add(Initiative initiative);

    /** Writes pending changes now, so that a concurrent edit is detected inside the use case. */
    void flush();
}
