package fi.aloitepolku.submission.domain;

/** Why a submission was not taken up. Spam gets no answer (answering it only helps the sender). */
public enum RejectionReason {
    SPAM,
    ABUSE,
    OFF_TOPIC,
    OTHER;

    public boolean answered() {
        return this != SPAM;
    }
}
