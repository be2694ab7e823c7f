package fi.aloitepolku.initiative.api;

import fi.aloitepolku.initiative.application.PublicInitiativeSummary;
import java.util.List;

/** A page of the list; pass {@code next} as {@code cursor} for the following page (null on the last). */
public record InitiativeList(List<PublicInitiativeSummary> items, String next) {
}
