package fi.aloitepolku.initiative.domain;

/** The append-only log of what happened to each case. */
public interface CaseLog {

    void append(CaseEvent event);
}
