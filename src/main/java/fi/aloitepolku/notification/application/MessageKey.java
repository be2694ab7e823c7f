package fi.aloitepolku.notification.application;

/** A notification argument that is itself a text of the bundle, resolved in the reader's language. */
public record MessageKey(String key) {
}
