package fi.aloitepolku.submission.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The residents' form refuses empty and oversized input, each field with its own message. */
class SubmissionFormValidationTest {

    static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    static SubmissionForm valid() {
        var f = new SubmissionForm();
        f.setMunicipalityId(1L);
        f.setTitle("Penkki rantaan");
        f.setProposal("Rantaan tarvitaan penkki.");
        f.setName("Eeva Esimerkki");
        f.setEmail("eeva@example.com");
        return f;
    }

    static Map<String, String> violations(SubmissionForm form) {
        return validator.validate(form).stream().collect(Collectors.toMap(
                v -> v.getPropertyPath().toString(), ConstraintViolation::getMessageTemplate, (a, b) -> a));
    }

    @Test
    void aCompleteFormPasses() {
        assertEquals(Map.of(), violations(valid()));
    }

    @Test
    void emptyAndOversizedInputIsRefusedFieldByField() {
        var empty = new SubmissionForm();
        var refused = violations(empty);
        assertEquals(Map.of("municipalityId", "{initiative.municipality.required}", "title", "{initiative.title.required}",
                "proposal", "{initiative.proposal.required}", "name", "{initiator.name.required}",
                "email", "{submission.email.required}"), refused);

        var big = valid();
        big.setProposal("x".repeat(SubmissionForm.PROPOSAL_MAX + 1));
        big.setTitle("y".repeat(201));
        big.setEmail("not-an-address");
        big.setPhone("call me maybe");
        var tooMuch = violations(big);
        assertEquals("{submission.proposal.size}", tooMuch.get("proposal"));
        assertEquals("{initiative.title.size}", tooMuch.get("title"));
        assertEquals("{initiator.email.invalid}", tooMuch.get("email"));
        assertEquals("{initiator.phone.invalid}", tooMuch.get("phone"));
    }

    @Test
    void theMessagesExistInEachLanguage() {
        for (String lang : new String[] {"fi", "sv", "en"}) {
            var bundle = ResourceBundle.getBundle("ValidationMessages", Locale.of(lang));
            assertTrue(bundle.getString("submission.proposal.size").contains("10"), lang);
            assertTrue(!bundle.getString("submission.email.required").isBlank(), lang);
        }
    }
}
