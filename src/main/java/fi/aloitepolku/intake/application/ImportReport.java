package fi.aloitepolku.intake.application;

/** What an import did: cases created, updated and found unchanged. */
public record ImportReport(long municipalityId, int read, int created, int updated, int unchanged) {
}
