package fi.aloitepolku.initiative.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.platform.i18n.SupportedLocales;
import fi.aloitepolku.platform.i18n.ValidationTexts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The input rules of the register/edit form, and their messages in each language. */
class InitiativeDetailsValidationTest {

    static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    static InitiativeDetails valid() {
        var d = new InitiativeDetails();
        d.setMunicipalityId(1L);
        d.setTitle("Katuvalot");
        d.setProposal("Väylälle tarvitaan valot.");
        d.setChannel(Channel.EMAIL);
        d.setSignatoryCount(3);
        d.setReceivedOn(LocalDate.of(2026, 3, 1));
        d.setInitiatorName("Eeva Esimerkki");
        d.setInitiatorEmail("eeva@example.com");
        d.setInitiatorPhone("+358 40 123 4567");
        return d;
    }

    static Map<String, ConstraintViolation<InitiativeDetails>> byField(InitiativeDetails details) {
        return validator.validate(details).stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), v -> v, (a, b) -> a));
    }

    @Test
    void aCompleteFormIsValid() {
        assertTrue(validator.validate(valid()).isEmpty());
    }

    @Test
    void eachMissingFieldIsNamed() {
        var violations = byField(new InitiativeDetails());
        assertEquals(Set.of("municipalityId", "title", "proposal", "channel", "receivedOn", "initiatorName"),
                violations.keySet());
    }

    @Test
    void malformedContactDetailsAndOversizedTextsAreRefused() {
        var d = valid();
        d.setInitiatorEmail("not an address");
        d.setInitiatorPhone("call me maybe");
        d.setTitle("x".repeat(201));
        d.setSignatoryCount(0);
        assertEquals(Set.of("initiatorEmail", "initiatorPhone", "title", "signatoryCount"), byField(d).keySet());
    }

    @Test
    void messagesComeInTheAskedLanguageWithTheConstraintsValues() {
        var d = valid();
        d.setTitle("x".repeat(201));
        var violation = byField(d).get("title");
        assertEquals("Otsikko voi olla enintään 200 merkkiä.", ValidationTexts.message(violation, SupportedLocales.FINNISH));
        assertEquals("Rubriken får vara högst 200 tecken.", ValidationTexts.message(violation, SupportedLocales.SWEDISH));
        assertEquals("The title may be at most 200 characters.", ValidationTexts.message(violation, SupportedLocales.ENGLISH));
    }
}
