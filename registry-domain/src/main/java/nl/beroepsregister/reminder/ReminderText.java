package nl.beroepsregister.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.registrant.Language;

/**
 * An administrator's own wording of a reminder in one language, replacing the default from the bundle. Both use the
 * same placeholders: {@code {name}}, {@code {register}}, {@code {level}}, {@code {renewalDate}}, {@code {deadline}},
 * {@code {missing}} (the list of what is still missing) and {@code {link}} (the portal page that completes it).
 */
@Entity
@Table(name = "reminder_text")
@NamedQuery(name = ReminderText.FOR, query = """
        select t from ReminderText t where t.kind = :kind and t.language = :language""")
public class ReminderText {

    public static final String FOR = "ReminderText.for";
    public static final Set<String> PLACEHOLDERS =
            Set.of("name", "register", "level", "renewalDate", "deadline", "missing", "link");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_text_seq")
    @SequenceGenerator(name = "reminder_text_seq", sequenceName = "reminder_text_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private ReminderKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, updatable = false)
    private Language language;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    protected ReminderText() {
    }

    public ReminderText(ReminderKind kind, Language language) {
        this.kind = kind;
        this.language = language;
    }

    public void change(String subject, String body, Instant now, String by) {
        checkPlaceholders("subject", subject);
        checkPlaceholders("body", body);
        this.subject = subject.strip();
        this.body = body.strip();
        this.changedAt = now;
        this.changedBy = by;
    }

    private static void checkPlaceholders(String field, String text) {
        Set<String> unknown = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                unknown.add("{" + matcher.group(1) + "}");
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of(field, "rule.reminderText.unknownPlaceholder", String.join(", ", unknown),
                    String.join(", ", new TreeSet<>(PLACEHOLDERS)));
        }
    }

    /** Fills in the placeholders; the values are plain text, escaped by the caller where the result is HTML. */
    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    public static Map<String, String> values(String name, String register, String level, String renewalDate,
                                             String deadline, String missing, String link) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("register", register);
        values.put("level", level);
        values.put("renewalDate", renewalDate);
        values.put("deadline", deadline);
        values.put("missing", missing);
        values.put("link", link);
        return values;
    }

    public Long getId() {
        return id;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
