package fi.aloitepolku.municipality.domain;

/** A municipality's electorate or service targets changed: its open cases' deadlines move (same transaction). */
public record MunicipalitySettingsChanged(long municipalityId) {
}
