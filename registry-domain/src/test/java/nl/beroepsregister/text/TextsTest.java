package nl.beroepsregister.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.beroepsregister.account.Role;
import nl.beroepsregister.application.ApplicationStatus;
import nl.beroepsregister.application.Route;
import nl.beroepsregister.document.FileType;
import nl.beroepsregister.portfolio.PortfolioStatus;
import nl.beroepsregister.problem.Message;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.register.WorkLevel;
import nl.beroepsregister.registrant.Language;
import nl.beroepsregister.registration.ChangeKind;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.renewal.DossierStatus;
import nl.beroepsregister.renewal.PeCategory;
import nl.beroepsregister.renewal.Requirement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The register's texts in Dutch and English")
class TextsTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:rule|problem|requirement)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern REQUIREMENT_CHECK =
            Pattern.compile("check\\(Requirement\\.([A-Z_]+),\\s*(?:true|false),\\s*\"([A-Za-z]+)\"");

    private static final Properties DUTCH = load("messages_nl.properties");
    private static final Properties ENGLISH = load("messages_en.properties");

    private static Properties load(String name) {
        return load(Texts.class, name);
    }

    private static Properties load(Class<?> base, String name) {
        Properties properties = new Properties();
        try (InputStream in = base.getResourceAsStream(name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String source(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every literal key in the main code, such as {@code "rule.pe.pointsRange"}. */
    static Set<String> keysInMainCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).map(TextsTest::source).forEach(text -> {
                Matcher matcher = KEY_LITERAL.matcher(text);
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            });
        }
        return keys;
    }

    /** Every {@code requirement.<CODE>.<state>} the completeness check builds. */
    static Set<String> requirementKeys() {
        String year = source(MAIN_SOURCES.resolve("nl/beroepsregister/renewal/RegistrationYear.java"));
        Set<String> keys = new TreeSet<>();
        Matcher matcher = REQUIREMENT_CHECK.matcher(year);
        while (matcher.find()) {
            keys.add("requirement." + matcher.group(1) + "." + matcher.group(2));
        }
        return keys;
    }

    static Stream<Language> languages() {
        return Stream.of(Language.values());
    }

    @Test
    @DisplayName("every Dutch key has an English twin and vice versa")
    void sameKeys() {
        assertThat(DUTCH).isNotEmpty();
        assertThat(ENGLISH.stringPropertyNames()).isEqualTo(DUTCH.stringPropertyNames());
    }

    @Test
    @DisplayName("Bean Validation's messages have the same keys in Dutch and English")
    void validationMessages() {
        Properties dutch = load(Texts.class, "/ValidationMessages_nl.properties");
        Properties english = load(Texts.class, "/ValidationMessages_en.properties");

        assertThat(dutch).isNotEmpty();
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
    }

    @Test
    @DisplayName("every text is a valid MessageFormat pattern with the same placeholders in both languages")
    void patternsParse() {
        for (String key : messageFormatKeys(DUTCH)) {
            String dutch = DUTCH.getProperty(key);
            String english = ENGLISH.getProperty(key);
            assertThatCode(() -> new MessageFormat(dutch, Locale.forLanguageTag("nl"))).as("nl %s", key)
                    .doesNotThrowAnyException();
            assertThatCode(() -> new MessageFormat(english, Locale.ENGLISH)).as("en %s", key)
                    .doesNotThrowAnyException();
            assertThat(new MessageFormat(english).getFormatsByArgumentIndex())
                    .as("number of placeholders of %s", key)
                    .hasSameSizeAs(new MessageFormat(dutch).getFormatsByArgumentIndex());
        }
    }

    /** The reminder wordings use named placeholders, as an administrator's own wording does, not MessageFormat. */
    private static List<String> messageFormatKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("reminder.") || key.equals("reminder.nothingMissing"))
                .toList();
    }

    @Test
    @DisplayName("reminder wordings use only the known placeholders, the same in both languages")
    void reminderPlaceholders() {
        Pattern placeholder = Pattern.compile("\\{([A-Za-z]+)}");
        for (String key : DUTCH.stringPropertyNames().stream().filter(k -> k.startsWith("reminder.")
                && !k.equals("reminder.nothingMissing")).toList()) {
            java.util.TreeSet<String> dutch = new java.util.TreeSet<>();
            java.util.TreeSet<String> english = new java.util.TreeSet<>();
            placeholder.matcher(DUTCH.getProperty(key)).results().forEach(m -> dutch.add(m.group(1)));
            placeholder.matcher(ENGLISH.getProperty(key)).results().forEach(m -> english.add(m.group(1)));
            assertThat(nl.beroepsregister.reminder.ReminderText.PLACEHOLDERS).as(key).containsAll(dutch);
            assertThat(english).as(key).isEqualTo(dutch);
            if (key.endsWith(".body")) {
                assertThat(dutch).as(key).contains("name", "missing", "link");
            }
        }
    }

    @Test
    @DisplayName("apostrophes are written twice, as MessageFormat needs")
    void apostrophesDoubled() {
        Pattern single = Pattern.compile("(?<!')'(?!')");
        for (Properties bundle : List.of(DUTCH, ENGLISH)) {
            for (String key : messageFormatKeys(bundle)) {
                assertThat(single.matcher(bundle.getProperty(key)).find()).as(key).isFalse();
            }
        }
    }

    @Test
    @DisplayName("every key the main code names exists in both languages")
    void keysInCodeExist() throws IOException {
        Set<String> keys = keysInMainCode();

        assertThat(keys).as("the scan finds the keys").hasSizeGreaterThan(40)
                .contains("rule.pe.pointsRange", "problem.conflict.illegalTransition", "rule.submission.incomplete");
        assertThat(DUTCH.stringPropertyNames()).containsAll(keys);
        assertThat(ENGLISH.stringPropertyNames()).containsAll(keys);
    }

    @Test
    @DisplayName("every requirement state the completeness check uses has a text in both languages")
    void requirementKeysExist() {
        Set<String> keys = requirementKeys();

        assertThat(keys).as("the scan finds a state for every requirement")
                .hasSizeGreaterThan(20)
                .allSatisfy(key -> assertThat(key).startsWith("requirement."));
        for (Requirement requirement : Requirement.values()) {
            assertThat(keys).anySatisfy(key -> assertThat(key).startsWith("requirement." + requirement + "."));
        }
        assertThat(DUTCH.stringPropertyNames()).containsAll(keys);
        assertThat(ENGLISH.stringPropertyNames()).containsAll(keys);
    }

    @DisplayName("every value that a message shows has a label in both languages")
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void enumLabels(Language language) {
        Texts texts = Texts.in(language);
        List<Class<? extends Enum<?>>> shown = List.of(Level.class, WorkLevel.class, Route.class,
                ApplicationStatus.class, RegistrationStatus.class, DossierStatus.class, PortfolioStatus.class,
                PeCategory.class, FileType.class, Role.class);
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(texts.has("enum." + type.getSimpleName() + "." + value.name())).as(value.toString())
                        .isTrue();
            }
        }
        for (ChangeKind kind : ChangeKind.values()) {
            assertThat(texts.has("change." + kind.name())).as(kind.name()).isTrue();
        }
    }

    @Test
    @DisplayName("Dutch for Dutch, German and unknown locales; English for English")
    void languageChoice() {
        String key = "problem.title.404";

        assertThat(Texts.in(Locale.forLanguageTag("nl")).text(key)).isEqualTo("Niet gevonden");
        assertThat(Texts.in(Locale.forLanguageTag("nl-NL")).text(key)).isEqualTo("Niet gevonden");
        assertThat(Texts.in(Locale.GERMAN).text(key)).isEqualTo("Niet gevonden");
        assertThat(Texts.in(Locale.GERMAN).locale().getLanguage()).isEqualTo("nl");
        assertThat(Texts.in((Locale) null).text(key)).isEqualTo("Niet gevonden");
        assertThat(Texts.in(Locale.ENGLISH).text(key)).isEqualTo(ENGLISH.getProperty(key));
        assertThat(Texts.in(Locale.UK).text(key)).isEqualTo(ENGLISH.getProperty(key));
        assertThat(Texts.in(Language.EN).locale().getLanguage()).isEqualTo("en");
        assertThat(Texts.in(Language.NL).text(key)).isEqualTo(DUTCH.getProperty(key));
        assertThat(ENGLISH.getProperty(key)).isNotEqualTo(DUTCH.getProperty(key));
    }

    @DisplayName("every text is served as written in its bundle")
    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void servedFromItsBundle(Language language) {
        Properties bundle = language == Language.EN ? ENGLISH : DUTCH;
        Texts texts = Texts.in(language);

        for (String key : bundle.stringPropertyNames()) {
            assertThat(texts.text(key)).as(key).isEqualTo(bundle.getProperty(key));
        }
    }

    @Test
    @DisplayName("an unknown key shows itself")
    void unknownKey() {
        assertThat(Texts.in(Language.NL).text("no.such.key")).isEqualTo("no.such.key");
        assertThat(Texts.in(Language.NL).has("no.such.key")).isFalse();
    }

    @Test
    @DisplayName("values are shown the reader's way: dates written out, enums labelled, nested messages translated")
    void formatting() {
        Texts dutch = Texts.in(Language.NL);
        Texts english = Texts.in(Language.EN);
        Message illegal = Message.of("problem.conflict.illegalTransition", RegistrationStatus.LAPSED,
                RegistrationStatus.ACTIVE);

        assertThat(dutch.get(illegal)).contains("verlopen").contains("actief");
        assertThat(dutch.format("rule.submission.yearEnded", LocalDate.of(2027, 3, 1))).contains("1 maart 2027");
        assertThat(english.format("rule.submission.yearEnded", LocalDate.of(2027, 3, 1))).contains("March 1, 2027");
        assertThat(dutch.format("requirement.PE_EVIDENCE.missing", 1)).contains("1 PE-activiteit ");
        assertThat(dutch.format("requirement.PE_EVIDENCE.missing", 2)).contains("2 PE-activiteiten ");
        assertThat(dutch.format("problem.notFound.detail", Message.of("thing.registration"), 42L))
                .isEqualTo("Inschrijving 42 bestaat niet.");
    }
}
