package fi.aloitepolku.decision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CitationTest {

    @Test
    void aDecisionIsCitedByBodyDateAndSection() {
        assertEquals("KHALL 27.05.2024 § 185", Citation.of("KHALL", LocalDate.of(2024, 5, 27), 185));
        assertEquals("KHALL 27.05.2024 185", Citation.key("KHALL", LocalDate.of(2024, 5, 27), 185));
    }

    @Test
    void aTypedCitationFindsTheSameKeyHoweverItIsWritten() {
        String key = Citation.key("KHALL", LocalDate.of(2024, 5, 27), 185);
        for (String typed : new String[] {"KHALL 27.05.2024 § 185", "khall 27.5.2024 §185", " KHALL 27.05.2024 185 ",
                "Khall 27.5.2024 pykälä 185"}) {
            assertEquals(new Citation.Search(key, false), Citation.search(typed), typed);
        }
        assertEquals(new Citation.Search("KHALL 27.05.2024 ", true), Citation.search("KHALL 27.5.2024"),
                "without a section: every decision of that meeting");
    }

    @Test
    void wordsAndImpossibleDatesAreNoCitation() {
        assertNull(Citation.search("kirjaston aukioloajat"));
        assertNull(Citation.search("KHALL 31.02.2024 § 1"));
        assertNull(Citation.search("185"));
        assertNull(Citation.search(null));
    }
}
