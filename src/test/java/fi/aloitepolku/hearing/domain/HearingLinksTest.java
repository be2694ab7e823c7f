package fi.aloitepolku.hearing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.aloitepolku.platform.rules.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HearingLinksTest {

    static final String PROPOSAL = "https://www.lausuntopalvelu.fi/FI/Proposal/Participation?proposalId=6f1c2a0e-8b4d-4c57-9a3e-2d5b7c9e1f40";

    @ParameterizedTest
    @CsvSource({
            "OTAKANTAA, https://www.otakantaa.fi/fi-FI/projects/yyteri",
            "OTAKANTAA, https://otakantaa.fi/fi-FI/projects/yyteri",
            "OTAKANTAA, https://www.dinasikt.fi/sv-SE/projects/yyteri",
            "SURVEY, https://www.webropolsurveys.com/S/ABC.par",
            "RESIDENT_EVENT, https://www.pori.fi/tapahtumat/yyteri"})
    void linksThatFitTheirKindAreKept(HearingKind kind, String url) {
        assertEquals(url, HearingLinks.check(kind, url));
    }

    @Test
    void aLausuntopalveluProposalCarriesItsGuid() {
        assertEquals(PROPOSAL, HearingLinks.check(HearingKind.LAUSUNTOPALVELU, "  " + PROPOSAL + " "));
        assertRefused(HearingKind.LAUSUNTOPALVELU, "https://www.lausuntopalvelu.fi/FI/Proposal/Participation",
                "hearing.url.proposalId");
        assertRefused(HearingKind.LAUSUNTOPALVELU,
                "https://www.lausuntopalvelu.fi/FI/Proposal/Participation?proposalId=12345", "hearing.url.proposalId");
        assertRefused(HearingKind.LAUSUNTOPALVELU, PROPOSAL.replace("lausuntopalvelu.fi", "lausuntopalvelu.example"),
                "hearing.url.lausuntopalvelu");
    }

    @ParameterizedTest
    @CsvSource({
            "https://www.example.com/otakantaa.fi, hearing.url.otakantaa",
            "https://otakantaa.fi.example.com/projects/1, hearing.url.otakantaa",
            "https://evilotakantaa.fi/projects/1, hearing.url.otakantaa",
            "https://otakantaa.fi@example.com/projects/1, link.invalid",
            "http://www.otakantaa.fi/fi-FI/projects/yyteri, link.https",
            "javascript:alert(1), link.invalid",
            "www.otakantaa.fi/projects/1, link.invalid"})
    void anOtakantaaHearingPointingElsewhereIsRefused(String url, String messageKey) {
        assertRefused(HearingKind.OTAKANTAA, url, messageKey);
    }

    @Test
    void theNationalServicesNeedALinkTheOthersMayGoWithout() {
        assertRefused(HearingKind.OTAKANTAA, " ", "hearing.url.required.OTAKANTAA");
        assertRefused(HearingKind.LAUSUNTOPALVELU, null, "hearing.url.required.LAUSUNTOPALVELU");
        assertNull(HearingLinks.check(HearingKind.RESIDENT_EVENT, ""));
        assertRefused(HearingKind.SOCIAL_MEDIA, "http://www.facebook.com/pori", "link.https");
    }

    static void assertRefused(HearingKind kind, String url, String messageKey) {
        var refusal = assertThrows(RuleViolation.class, () -> HearingLinks.check(kind, url), url);
        assertEquals("url", refusal.field());
        assertEquals(messageKey, refusal.messageKey(), url);
    }
}
