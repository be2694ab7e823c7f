package fi.aloitepolku.privacy.application;

/** What an erasure did: initiators anonymised, submissions, follows and outbox messages deleted. */
public record ErasureReport(boolean everywhere, int cases, int submissions, int follows, int mails) {
}
