package fi.aloitepolku.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.municipality.domain.Municipality;
import fi.aloitepolku.platform.rules.ConcurrentEdit;
import fi.aloitepolku.platform.rules.RuleViolation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitiativeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    final Municipality pori = municipality(1L, "609", "Pori", "Björneborg");
    final Municipality kankaanpaa = municipality(2L, "214", "Kankaanpää", "Kankaanpää");

    static Municipality municipality(long id, String code, String fi, String sv) {
        var m = new Municipality(code, fi, sv);
        try {
            Field field = Municipality.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(m, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    static InitiativeFacts facts(String title, int signatories, LocalDate received) {
        return new InitiativeFacts(title, "Ehdotamme katuvaloja väylälle.", Channel.EMAIL, signatories, received);
    }

    static Initiator initiator() {
        return new Initiator("Eeva Esimerkki", "eeva@example.com", "040 123 4567", false);
    }

    Initiative received() {
        return Initiative.receive(pori, facts("Katuvalot", 1, TODAY.minusDays(3)), initiator(), null, TODAY, NOW);
    }

    @Test
    void aNewInitiativeStartsReceivedWithTrimmedText() {
        var initiative = Initiative.receive(pori, facts("  Katuvalot  ", 5, TODAY), initiator(), null, TODAY, NOW);
        assertEquals(InitiativeStatus.RECEIVED, initiative.status());
        assertEquals("Katuvalot", initiative.title());
        assertEquals(5, initiative.signatoryCount());
        assertEquals(NOW, initiative.createdAt());
        assertEquals(NOW, initiative.updatedAt());
    }

    @Test
    void anInitiativeCannotHaveArrivedInTheFuture() {
        var refused = assertThrows(RuleViolation.class, () ->
                Initiative.receive(pori, facts("Katuvalot", 1, TODAY.plusDays(1)), initiator(), null, TODAY, NOW));
        assertEquals("receivedOn", refused.field());
        assertEquals("initiative.receivedOn.future", refused.messageKey());
    }

    @Test
    void todayIsNotTheFuture() {
        var initiative = Initiative.receive(pori, facts("Katuvalot", 1, TODAY), initiator(), null, TODAY, NOW);
        assertEquals(TODAY, initiative.receivedOn());
    }

    @Test
    void anInitiativeHasAtLeastOneSignatory() {
        var refused = assertThrows(RuleViolation.class, () ->
                Initiative.receive(pori, facts("Katuvalot", 0, TODAY), initiator(), null, TODAY, NOW));
        assertEquals("signatoryCount", refused.field());
    }

    @Test
    void aBlankTitleIsRefusedEvenWithoutBeanValidation() {
        var refused = assertThrows(RuleViolation.class, () ->
                Initiative.receive(pori, facts("   ", 1, TODAY), initiator(), null, TODAY, NOW));
        assertEquals("title", refused.field());
    }

    @Test
    void revisionListsWhatChanged() {
        var initiative = received();
        Instant later = NOW.plusSeconds(60);
        List<String> changes = initiative.revise(kankaanpaa, facts("Katuvalot Väinölään", 12, TODAY.minusDays(3)),
                initiator(), 0, TODAY, later);
        assertEquals(List.of("municipality: 609 → 214", "title: Katuvalot → Katuvalot Väinölään",
                "signatoryCount: 1 → 12"), changes);
        assertEquals("Katuvalot Väinölään", initiative.title());
        assertEquals(kankaanpaa, initiative.municipality());
        assertEquals(later, initiative.updatedAt());
    }

    @Test
    void anUnchangedRevisionChangesNothing() {
        var initiative = received();
        var changes = initiative.revise(pori, facts("Katuvalot", 1, TODAY.minusDays(3)), initiator(), 0, TODAY,
                NOW.plusSeconds(60));
        assertTrue(changes.isEmpty());
        assertEquals(NOW, initiative.updatedAt());
    }

    @Test
    void theLogNamesAChangedInitiatorButNotTheirContactDetails() {
        var initiative = received();
        var changes = initiative.revise(pori, facts("Katuvalot", 1, TODAY.minusDays(3)),
                new Initiator("Eeva Esimerkki", "uusi.osoite@example.com", null, false), 0, TODAY, NOW);
        assertEquals(List.of("initiator"), changes);
        assertFalse(String.join(" ", changes).contains("uusi.osoite"));
        assertEquals("uusi.osoite@example.com", initiative.initiator().email());
        assertNull(initiative.initiator().phone());
    }

    @Test
    void aLongTextChangeIsLoggedByNameOnly() {
        var initiative = received();
        var changes = initiative.revise(pori, new InitiativeFacts("Katuvalot", "Aivan uusi teksti.", Channel.EMAIL, 1,
                TODAY.minusDays(3)), initiator(), 0, TODAY, NOW);
        assertEquals(List.of("proposal"), changes);
    }

    @Test
    void anEditStartedFromAnOldVersionIsRefusedAndChangesNothing() {
        var initiative = received();
        assertThrows(ConcurrentEdit.class, () -> initiative.revise(pori, facts("Toinen otsikko", 1,
                TODAY.minusDays(3)), initiator(), 7, TODAY, NOW));
        assertEquals("Katuvalot", initiative.title());
    }

    @Test
    void aRevisionCannotMoveTheReceivedDateIntoTheFuture() {
        var initiative = received();
        assertThrows(RuleViolation.class, () -> initiative.revise(pori, facts("Katuvalot", 1, TODAY.plusDays(1)),
                initiator(), 0, TODAY, NOW));
        assertEquals(TODAY.minusDays(3), initiative.receivedOn());
    }

    @Test
    void blankContactDetailsAreStoredAsNothing() {
        var initiator = new Initiator("Kalle", "  ", "", true);
        assertNull(initiator.email());
        assertNull(initiator.phone());
    }

    @Test
    void closedStatusesAreNotOpen() {
        assertTrue(InitiativeStatus.RECEIVED.isOpen());
        assertTrue(InitiativeStatus.DECIDED.isOpen());
        assertFalse(InitiativeStatus.CLOSED.isOpen());
        assertFalse(InitiativeStatus.WITHDRAWN.isOpen());
        assertFalse(InitiativeStatus.REJECTED.isOpen());
    }
}
