package fi.aloitepolku.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.aloitepolku.initiative.domain.CaseEventKind;
import fi.aloitepolku.initiative.domain.Channel;
import fi.aloitepolku.initiative.domain.InitiativeStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Finnish, Swedish and English, and every key a page or rule uses exists. */
class BundleCompletenessTest {

    static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "ValidationMessages", "i18n/faces"})
    void swedishAndEnglishHaveEveryFinnishKeyAndNoOthers(String bundle) throws IOException {
        Set<String> finnish = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
        assertTrue(finnish.size() > 3, bundle + " has texts");
        for (String language : new String[] {"sv", "en"}) {
            Set<String> other = new TreeSet<>(load(bundle + "_" + language + ".properties").stringPropertyNames());
            assertEquals(finnish, other, bundle + "_" + language + " has the same keys as the Finnish base");
        }
    }

    @Test
    void everyKeyThatAPageUsesExists() throws IOException {
        var keys = load("i18n/messages.properties");
        var used = Pattern.compile("msg\\['([A-Za-z0-9.\\-]+)'\\]");
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                var matcher = used.matcher(Files.readString(page));
                while (matcher.find()) {
                    checked++;
                    if (!keys.containsKey(matcher.group(1))) {
                        missing.add(page.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(checked > 50, "the pages' keys were found: " + checked);
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyStatusChannelAndEventHasItsTexts() throws IOException {
        var keys = load("i18n/messages.properties");
        Set<String> missing = new TreeSet<>();
        for (var s : InitiativeStatus.values()) {
            for (String key : new String[] {"status." + s, "status.public." + s}) {
                if (!keys.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        for (var c : Channel.values()) {
            if (!keys.containsKey("channel." + c)) {
                missing.add("channel." + c);
            }
        }
        for (Enum<?>[] values : new Enum<?>[][] {fi.aloitepolku.initiative.domain.Transition.values(),
                fi.aloitepolku.process.domain.Responsible.values(), fi.aloitepolku.process.domain.StepState.values(),
                fi.aloitepolku.process.domain.LinkKind.values(), fi.aloitepolku.process.domain.TemplateState.values()}) {
            for (var v : values) {
                String prefix = switch (v.getDeclaringClass().getSimpleName()) {
                    case "Transition" -> "transition.";
                    case "Responsible" -> "responsible.";
                    case "StepState" -> "stepState.";
                    case "LinkKind" -> "linkKind.";
                    default -> "templateState.";
                };
                if (!keys.containsKey(prefix + v.name())) {
                    missing.add(prefix + v.name());
                }
            }
        }
        // The consultation record's enums (hearing, council and decision features)
        for (Enum<?>[] values : new Enum<?>[][] {fi.aloitepolku.hearing.domain.HearingKind.values(),
                fi.aloitepolku.council.domain.CouncilKind.values(), fi.aloitepolku.council.domain.MemberRole.values(),
                fi.aloitepolku.council.domain.StatementState.values(), fi.aloitepolku.decision.domain.DecidingBody.values(),
                fi.aloitepolku.decision.domain.DecisionOutcome.values()}) {
            for (var v : values) {
                String key = Character.toLowerCase(v.getDeclaringClass().getSimpleName().charAt(0))
                        + v.getDeclaringClass().getSimpleName().substring(1) + "." + v.name();
                if (!keys.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        for (var e : CaseEventKind.values()) {
            if (!keys.containsKey("event." + e)) {
                missing.add("event." + e);
            }
        }
        for (String language : new String[] {"fi", "sv", "en"}) {
            if (!keys.containsKey("language." + language)) {
                missing.add("language." + language);
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyRuleMessageKeyInTheCodeExists() throws IOException {
        var messages = load("i18n/messages.properties");
        var validation = load("ValidationMessages.properties");
        var used = Pattern.compile("(?:RuleViolation\\(\"?[A-Za-z]*\"?, |\\{)\"?((?:initiative|initiator|paging|request|transition|step|template|hearing|council|statement|decision|consultation|link)\\.[A-Za-z.]+)");
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = used.matcher(Files.readString(source));
                while (matcher.find()) {
                    checked++;
                    String key = matcher.group(1);
                    if (!messages.containsKey(key) && !validation.containsKey(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(checked > 15, "the code's rule keys were found: " + checked);
        assertEquals(Set.of(), missing);
    }
}
