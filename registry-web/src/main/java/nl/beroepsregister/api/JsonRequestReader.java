package nl.beroepsregister.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import nl.beroepsregister.problem.InvalidInputException;
import nl.beroepsregister.problem.Message;

/** Reads the API's request bodies: JSON objects bound to request records and checked field by field. */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", MediaType.WILDCARD})
public class JsonRequestReader implements MessageBodyReader<Record> {

    @Context
    HttpHeaders headers;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("nl.beroepsregister.")
                && (mediaType == null || mediaType.isWildcardType() || mediaType.getSubtype().endsWith("json"));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        JsonObject json = null;
        if (bytes.length > 0 && !new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
                JsonValue value = reader.readValue();
                if (!(value instanceof JsonObject object)) {
                    throw new InvalidInputException(Message.of("validation.body.required"), List.of());
                }
                json = object;
            } catch (JsonException e) {
                throw new InvalidInputException(Message.of("problem.malformed.detail", brief(e)), List.of());
            }
        }
        return RequestBinding.bind((Class) type, json,
                RequestLanguage.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).locale());
    }

    private static String brief(JsonException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
