package fi.aloitepolku.initiative.domain;

/** What kind of thing happened to a case. */
public enum CaseEventKind {
    REGISTERED,
    EDITED
}
