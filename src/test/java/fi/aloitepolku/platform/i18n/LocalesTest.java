package fi.aloitepolku.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalesTest {

    @Test
    void acceptLanguagePicksTheBestSupportedLanguage() {
        assertEquals(SupportedLocales.SWEDISH, SupportedLocales.fromAcceptLanguage("sv-FI,sv;q=0.9,en;q=0.8"));
        assertEquals(SupportedLocales.ENGLISH, SupportedLocales.fromAcceptLanguage("de-DE,de;q=0.9,en;q=0.5"));
        assertEquals(SupportedLocales.FINNISH, SupportedLocales.fromAcceptLanguage("fi"));
    }

    @Test
    void finnishWhenNothingFitsOrNothingIsSaid() {
        assertEquals(SupportedLocales.FINNISH, SupportedLocales.fromAcceptLanguage(null));
        assertEquals(SupportedLocales.FINNISH, SupportedLocales.fromAcceptLanguage("de,fr"));
        assertEquals(SupportedLocales.FINNISH, SupportedLocales.fromAcceptLanguage(";;;q=x"));
    }

    @Test
    void theLanguageSwitchKeepsTheRestOfTheQuery() {
        assertEquals("status=DECIDED&municipality=1&lang=sv",
                LanguageLinks.withLanguage("status=DECIDED&lang=fi&municipality=1", "sv"));
        assertEquals("lang=en", LanguageLinks.withLanguage(null, "en"));
        assertEquals("id=4&lang=fi", LanguageLinks.withLanguage("id=4&jakarta.faces.ClientWindow=x", "fi"));
    }

    @Test
    void textsAreLookedUpInTheRequestedLanguageWithArguments() {
        assertEquals("Initiativet registrerades (ärende nr 42).",
                Texts.get(SupportedLocales.SWEDISH, "initiative.registered", "42"));
        assertEquals("Choose a municipality.", Texts.get(SupportedLocales.ENGLISH, "initiative.municipality.required"));
        assertEquals("no.such.key", Texts.get(SupportedLocales.FINNISH, "no.such.key"));
    }
}
