package fi.aloitepolku.initiative.domain;

import fi.aloitepolku.municipality.domain.Theme;
import java.time.LocalDate;

/**
 * What an initiative says and how it came: the part of a case that staff register and correct. Theme and
 * district are optional; {@code councilCompetence} says whether the matter is the council's to decide, which
 * the statutory six-month clock depends on.
 */
public record InitiativeFacts(String title, String proposal, Channel channel, int signatoryCount,
                              LocalDate receivedOn, Theme theme, Long districtId, boolean councilCompetence) {

    public InitiativeFacts(String title, String proposal, Channel channel, int signatoryCount, LocalDate receivedOn) {
        this(title, proposal, channel, signatoryCount, receivedOn, null, null, true);
    }
}
