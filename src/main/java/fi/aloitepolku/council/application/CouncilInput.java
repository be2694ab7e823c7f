package fi.aloitepolku.council.application;

import fi.aloitepolku.council.domain.CouncilKind;
import fi.aloitepolku.council.domain.MemberRole;
import java.time.LocalDate;
import java.util.List;

/** A council as an admin or agent enters it; {@code version} is needed for a correction. */
public record CouncilInput(CouncilKind kind, String nameFi, String nameSv, List<Long> municipalityIds,
                           List<Member> members, Long version) {

    public record Member(String name, MemberRole role, LocalDate validFrom, LocalDate validUntil) {
    }
}
