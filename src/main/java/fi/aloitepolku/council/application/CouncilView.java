package fi.aloitepolku.council.application;

import fi.aloitepolku.council.domain.CouncilKind;
import fi.aloitepolku.council.domain.MemberRole;
import java.time.LocalDate;
import java.util.List;

/** One council with its members' roles and terms. */
public record CouncilView(long id, CouncilKind kind, String nameFi, String nameSv, List<Long> municipalityIds,
                          List<MemberView> members, long version) {

    public record MemberView(String name, MemberRole role, LocalDate validFrom, LocalDate validUntil) {
    }
}
