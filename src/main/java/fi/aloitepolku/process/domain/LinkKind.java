package fi.aloitepolku.process.domain;

/** What an evidence link points to. */
public enum LinkKind {
    PRESS_RELEASE, WEB_PAGE, HEARING, AGENDA, MINUTES, SOCIAL_MEDIA, OTHER
}
