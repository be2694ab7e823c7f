package fi.aloitepolku.initiative.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who made the initiative. Personal data: kept in its own table (initiative_initiator) that no public
 * read touches; the name is shown publicly only when {@code namePublic} says the initiator chose so.
 */
@Embeddable
public class Initiator {

    @Column(name = "name", table = "initiative_initiator", nullable = false)
    private String name;

    @Column(name = "email", table = "initiative_initiator")
    private String email;

    @Column(name = "phone", table = "initiative_initiator")
    private String phone;

    @Column(name = "name_public", table = "initiative_initiator", nullable = false)
    private boolean namePublic;

    /** When the contact details were anonymised (retention or an erasure request); null while they are kept. */
    @Column(name = "anonymised_at", table = "initiative_initiator")
    private java.time.Instant anonymisedAt;

    /** What stays of an initiator whose details are gone: no name, no contact, nothing public. */
    public static final String ANONYMISED_NAME = "–";

    protected Initiator() {
    }

    public Initiator(String name, String email, String phone, boolean namePublic) {
        this.name = name;
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.namePublic = namePublic;
    }

    public static Initiator anonymised(java.time.Instant at) {
        var gone = new Initiator(ANONYMISED_NAME, null, null, false);
        gone.anonymisedAt = at;
        return gone;
    }

    public java.time.Instant anonymisedAt() {
        return anonymisedAt;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public boolean namePublic() {
        return namePublic;
    }
}
