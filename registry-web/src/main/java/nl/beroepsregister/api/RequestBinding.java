package nl.beroepsregister.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.InvalidInputException.Violation;
import nl.beroepsregister.problem.Message;

/**
 * Turns request input (a JSON object, or query parameters) into a request record, and checks it: first the type of
 * every field (a word where a number belongs, an unknown enum value, a malformed date), then the record's Bean
 * Validation constraints. Every problem is reported per field, in the reader's language, and nothing reaches a
 * boundary until the input is well-formed.
 */
public final class RequestBinding {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final List<Violation> violations = new ArrayList<>();
    private final boolean fromText;

    private RequestBinding(boolean fromText) {
        this.fromText = fromText;
    }

    /** Binds a JSON object to a record; {@code null} (an empty body) binds as an empty object. */
    public static <T extends Record> T bind(Class<T> type, JsonObject json, Locale locale) {
        RequestBinding binding = new RequestBinding(false);
        T value = binding.record(type, json == null ? JsonValue.EMPTY_JSON_OBJECT : json, "");
        return binding.validated(value, locale);
    }

    /** Binds query parameters, all text, to a record. */
    public static <T extends Record> T bind(Class<T> type, Map<String, String> parameters, Locale locale) {
        RequestBinding binding = new RequestBinding(true);
        Map<String, JsonValue> values = new LinkedHashMap<>();
        parameters.forEach((name, text) -> values.put(name, text == null ? JsonValue.NULL
                : jakarta.json.Json.createValue(text)));
        T value = binding.record(type, jakarta.json.Json.createObjectBuilder(values).build(), "");
        return binding.validated(value, locale);
    }

    private <T extends Record> T validated(T value, Locale locale) {
        if (value != null) {
            Set<String> mistyped = new java.util.HashSet<>();
            violations.forEach(v -> mistyped.add(v.field()));
            Validator validator = VALIDATION.usingContext()
                    .messageInterpolator(new InLocale(VALIDATION.getMessageInterpolator(), locale))
                    .getValidator();
            validator.validate(value).stream()
                    .filter(v -> !mistyped.contains(v.getPropertyPath().toString()))
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(this::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(Message.of("problem.invalid.detail"), violations);
        }
        return value;
    }

    private void add(ConstraintViolation<?> violation) {
        violations.add(new Violation(violation.getPropertyPath().toString(),
                Message.of(TEXT_AS_IS, violation.getMessage())));
    }

    /** A message whose text is already in the reader's language. */
    public static final String TEXT_AS_IS = "text.asIs";

    @SuppressWarnings("unchecked")
    private <T extends Record> T record(Class<T> type, JsonValue json, String path) {
        if (!(json instanceof JsonObject object)) {
            violation(path, "validation.type.object");
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String field = path.isEmpty() ? component.getName() : path + "." + component.getName();
            JsonValue raw = object.get(component.getName());
            Object value = raw == null || raw.getValueType() == JsonValue.ValueType.NULL
                    ? null : value(component.getGenericType(), raw, field);
            values[i] = value == null ? defaultOf(component.getType()) : value;
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static Object defaultOf(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object value(Type target, JsonValue json, String field) {
        Class<?> type = target instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) target;
        if (type == String.class) {
            return text(json, field);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            BigInteger whole = whole(json, field);
            if (whole == null) {
                return null;
            }
            boolean isInt = type == Integer.class || type == int.class;
            BigInteger min = BigInteger.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
            BigInteger max = BigInteger.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
            // beyond the type's range: the extreme, so that the field's own @Min/@Max explains the limit
            BigInteger clamped = whole.max(min).min(max);
            return isInt ? (Object) clamped.intValue() : (Object) clamped.longValue();
        }
        if (type == BigDecimal.class) {
            return decimal(json, field);
        }
        if (type == Boolean.class || type == boolean.class) {
            return bool(json, field);
        }
        if (type == LocalDate.class) {
            String text = text(json, field, "validation.type.date");
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return violation(field, "validation.type.date");
            }
        }
        if (type == Instant.class) {
            String text = text(json, field, "validation.type.instant");
            try {
                return text == null ? null : Instant.parse(text);
            } catch (DateTimeParseException e) {
                return violation(field, "validation.type.instant");
            }
        }
        if (type.isEnum()) {
            String text = json instanceof JsonString string ? string.getString() : null;
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text)) {
                    return constant;
                }
            }
            return violation(field, "validation.type.enum",
                    Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
        if (type == List.class || type == Set.class) {
            Type element = ((ParameterizedType) target).getActualTypeArguments()[0];
            if (!(json instanceof JsonArray array)) {
                return violation(field, "validation.type.list");
            }
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                items.add(value(element, array.get(i), field + "[" + i + "]"));
            }
            return type == Set.class ? new LinkedHashSet<>(items) : items;
        }
        if (type == Map.class) {
            Type valueType = ((ParameterizedType) target).getActualTypeArguments()[1];
            if (!(json instanceof JsonObject object)) {
                return violation(field, "validation.type.object");
            }
            Map<String, Object> map = new LinkedHashMap<>();
            object.forEach((key, item) -> map.put(key, item.getValueType() == JsonValue.ValueType.NULL ? null
                    : value(valueType, item, field + "." + key)));
            return map;
        }
        if (type.isRecord()) {
            return record((Class) type, json, field);
        }
        throw new IllegalStateException("no binding for " + type + " (" + field + ")");
    }

    private String text(JsonValue json, String field) {
        return text(json, field, "validation.type.text");
    }

    private String text(JsonValue json, String field, String key) {
        if (json instanceof JsonString string) {
            return string.getString();
        }
        violation(field, key);
        return null;
    }

    private BigInteger whole(JsonValue json, String field) {
        BigDecimal number = number(json, field, "validation.type.integer");
        if (number == null) {
            return null;
        }
        try {
            return number.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            violation(field, "validation.type.integer");
            return null;
        }
    }

    private BigDecimal decimal(JsonValue json, String field) {
        return number(json, field, "validation.type.number");
    }

    private BigDecimal number(JsonValue json, String field, String key) {
        if (json instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (fromText && json instanceof JsonString string) {
            try {
                return new BigDecimal(string.getString().strip());
            } catch (NumberFormatException e) {
                violation(field, key);
                return null;
            }
        }
        violation(field, key);
        return null;
    }

    private Boolean bool(JsonValue json, String field) {
        if (json.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (json.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        if (fromText && json instanceof JsonString string
                && Set.of("true", "false").contains(string.getString())) {
            return Boolean.parseBoolean(string.getString());
        }
        return violation(field, "validation.type.boolean");
    }

    private <X> X violation(String field, String key, Object... args) {
        violations.add(new Violation(field, Message.of(key, args)));
        return null;
    }

    /** Bean Validation's interpolation in the reader's language rather than the server's. */
    private record InLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}
