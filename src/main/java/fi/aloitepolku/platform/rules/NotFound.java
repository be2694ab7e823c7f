package fi.aloitepolku.platform.rules;

/** The thing asked for does not exist (or is not visible to the asker): a 404, never a 500. */
public class NotFound extends RuntimeException {

    private final String what;

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
    }

    public String what() {
        return what;
    }
}
