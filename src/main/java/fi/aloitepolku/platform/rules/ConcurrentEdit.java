package fi.aloitepolku.platform.rules;

/** Someone else saved the same record after this edit began: the edit is refused, nothing overwritten. */
public class ConcurrentEdit extends RuntimeException {

    public ConcurrentEdit(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
