package fi.aloitepolku.platform.rules;

/** Someone else saved the same record after this edit began: the edit is refused, nothing overwritten. */
public class ConcurrentEdit extends RuntimeException {

    public ConcurrentEdit(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }

    /**
     * Whether a failure was a concurrent edit: ours, JPA's optimistic lock, or the provider's own one when
     * it surfaces unwrapped at commit.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentEdit || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
