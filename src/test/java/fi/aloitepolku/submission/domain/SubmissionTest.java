package fi.aloitepolku.submission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import fi.aloitepolku.platform.rules.StateConflict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubmissionTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static Submission submission() {
        return new Submission(new SubmittedInitiative(1L, " Penkki ", "Penkki puistoon.", null, "Eeva", "eeva@example.com",
                "", false), "fi", "h".repeat(64), "c".repeat(64), NOW);
    }

    @Test
    void aSubmissionIsModeratedOnceAndAFixSendsItBackToTheQueue() {
        var s = submission();
        assertEquals("Penkki", s.title());
        s.fixRequested("Kerro, mihin puistoon.", "aino", 0, NOW);
        assertEquals(SubmissionState.FIX_REQUESTED, s.state());
        assertThrows(StateConflict.class, () -> s.published(5, "aino", 0, NOW), "not while waiting for the fix");
        s.corrected("Penkki Kirjurinluotoon", "Penkki Kirjurinluodon puistoon.", NOW.plusSeconds(60));
        assertEquals(SubmissionState.PENDING, s.state());
        s.published(7, "aino", 0, NOW);
        assertEquals(SubmissionState.PUBLISHED, s.state());
        assertEquals(7L, s.initiativeId());
        assertThrows(StateConflict.class, () -> s.rejected(RejectionReason.SPAM, null, "ville", 0, NOW));
        assertThrows(StateConflict.class, () -> s.corrected("x", "y", NOW), "only a requested fix is editable");
    }

    @Test
    void refusalsNeedWhatTheyPromiseTheResident() {
        var s = submission();
        assertThrows(RuleViolation.class, () -> s.fixRequested(" ", "aino", 0, NOW), "a fix request needs words");
        assertThrows(RuleViolation.class, () -> s.rejected(null, null, "aino", 0, NOW), "a rejection needs a reason");
        assertThrows(RuleViolation.class, () -> s.rejected(RejectionReason.OTHER, "x".repeat(2001), "aino", 0, NOW));
        assertThrows(ConcurrentEdit.class, () -> s.published(1, "aino", 3, NOW), "a stale version");
        assertEquals(SubmissionState.PENDING, s.state(), "nothing changed by the refusals");
    }
}
