package fi.aloitepolku.initiative.domain;

import java.time.LocalDate;

/** What an initiative says and how it came: the part of a case that staff register and correct. */
public record InitiativeFacts(String title, String proposal, Channel channel, int signatoryCount,
                              LocalDate receivedOn) {
}
