package fi.aloitepolku.decision.domain;

/** The kind of body that decided: the council, the city board, a committee, an office holder… */
public enum DecidingBody {
    COUNCIL("KVALT"),
    CITY_BOARD("KHALL"),
    COMMITTEE(null),
    OFFICIAL(null),
    OTHER(null);

    private final String usualAbbreviation;

    DecidingBody(String usualAbbreviation) {
        this.usualAbbreviation = usualAbbreviation;
    }

    /** The abbreviation minutes usually cite this body by; committees have their own (e.g. SIVLTK). */
    public String usualAbbreviation() {
        return usualAbbreviation;
    }
}
