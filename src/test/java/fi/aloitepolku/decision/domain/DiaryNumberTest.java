package fi.aloitepolku.decision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.platform.rules.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiaryNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"1762/00.01.01/2024", "1/00/2026", "812/12.00.00/2026", "45/10.03.00.01/2025"})
    void wellFormedDiaryNumbersPass(String number) {
        assertEquals(number, DiaryNumber.check(" " + number + " ", 2026));
        assertTrue(DiaryNumber.looksLike(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1762/00.01.01", "1762-00.01.01-2024", "1762/0.1.1/2024", "abc/00.01.01/2024",
            "1762/00.01.01/24", "1762/00.01.01/2024/1", "0/00.01.01/2024", "1762 / 00.01.01 / 2024"})
    void malformedDiaryNumbersAreRefused(String number) {
        var refusal = assertThrows(RuleViolation.class, () -> DiaryNumber.check(number, 2026));
        assertEquals("diaryNumber", refusal.field());
        assertEquals("decision.diaryNumber.format", refusal.messageKey());
    }

    @Test
    void aYearTooFarAwayIsRefused() {
        assertEquals("decision.diaryNumber.year",
                assertThrows(RuleViolation.class, () -> DiaryNumber.check("1/00/2031", 2026)).messageKey());
        assertEquals("decision.diaryNumber.year",
                assertThrows(RuleViolation.class, () -> DiaryNumber.check("1/00/1900", 2026)).messageKey());
        assertEquals("decision.diaryNumber.required",
                assertThrows(RuleViolation.class, () -> DiaryNumber.check(" ", 2026)).messageKey());
    }
}
