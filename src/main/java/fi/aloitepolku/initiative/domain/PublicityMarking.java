package fi.aloitepolku.initiative.domain;

import fi.aloitepolku.platform.openness.ConfidentialGround;
import fi.aloitepolku.platform.rules.RuleViolation;
import java.time.LocalDate;

/**
 * A case's publicity with what a confidential marking needs: its legal ground (required), an optional end date
 * and the title residents may be told instead (kept for staff and the annual report; residents' pages show
 * nothing of a non-public case).
 */
public record PublicityMarking(Publicity publicity, ConfidentialGround ground, LocalDate until, String publicTitle) {

    public static final PublicityMarking PUBLIC = new PublicityMarking(Publicity.PUBLIC, null, null, null);

    public PublicityMarking {
        if (publicity == null) {
            throw new RuleViolation("publicity", "publicity.required");
        }
        if (publicity == Publicity.CONFIDENTIAL && ground == null) {
            throw new RuleViolation("confidentialGround", "publicity.ground.required");
        }
        if (publicTitle != null && publicTitle.strip().length() > 200) {
            throw new RuleViolation("publicTitle", "publicity.publicTitle.size");
        }
        if (publicity != Publicity.CONFIDENTIAL) {
            // Only a confidential marking has a ground, an end and a stand-in title
            ground = null;
            until = null;
            publicTitle = null;
        } else if (publicTitle != null) {
            publicTitle = publicTitle.isBlank() ? null : publicTitle.strip();
        }
    }

    /** As the case log says it: the state, and for a confidential case its ground and end. */
    public String describe() {
        return switch (publicity) {
            case CONFIDENTIAL -> "publicity: CONFIDENTIAL; ground: " + ground.citation()
                    + (until == null ? "" : "; until: " + until);
            default -> "publicity: " + publicity;
        };
    }
}
