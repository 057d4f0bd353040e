package nl.beroepsregister.time;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants as {@code TIMESTAMP WITH TIME ZONE} in UTC. On PostgreSQL no time zone of the server can shift a
 * recorded moment. H2 receives EclipseLink's binding as a local timestamp of the JVM's zone, so a moment in the hour
 * that repeats when summer time ends would come back an hour early unless the JVM runs in UTC: every start command of
 * the register sets {@code -Duser.timezone=UTC}; the register's days come from {@code registry.zone} regardless.
 */
@Converter(autoApply = true)
public class InstantAttributeConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
