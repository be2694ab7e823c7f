package fi.aloitepolku.process.domain;

/** A draft is edited by an admin; a published template is frozen, so cases that use it keep their history. */
public enum TemplateState {
    DRAFT, PUBLISHED
}
