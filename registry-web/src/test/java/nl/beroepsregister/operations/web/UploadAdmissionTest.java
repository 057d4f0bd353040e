package nl.beroepsregister.operations.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which requests wait for their turn as uploads")
class UploadAdmissionTest {

    private static final long MIB = 1024 * 1024;

    @Test
    @DisplayName("a body over 1 MiB sent with POST or PUT; 1 MiB itself and smaller bodies pass at once")
    void bySize() {
        assertThat(UploadAdmission.large("PUT", MIB + 1, "application/pdf")).isTrue();
        assertThat(UploadAdmission.large("POST", 10 * MIB, "multipart/form-data; boundary=x")).isTrue();
        assertThat(UploadAdmission.large("PUT", MIB, "application/pdf")).isFalse();
        assertThat(UploadAdmission.large("POST", 2000, "multipart/form-data; boundary=x")).isFalse();
        assertThat(UploadAdmission.large("POST", 0, null)).isFalse();
    }

    @Test
    @DisplayName("a body of unknown length counts as a file unless it is JSON or a plain form")
    void unknownLength() {
        assertThat(UploadAdmission.large("PUT", -1, "application/pdf")).isTrue();
        assertThat(UploadAdmission.large("POST", -1, "multipart/form-data; boundary=x")).isTrue();
        assertThat(UploadAdmission.large("POST", -1, null)).isTrue();
        assertThat(UploadAdmission.large("POST", -1, "application/json; charset=UTF-8")).isFalse();
        assertThat(UploadAdmission.large("POST", -1, "Application/JSON")).isFalse();
        assertThat(UploadAdmission.large("POST", -1, "application/x-www-form-urlencoded")).isFalse();
    }

    @Test
    @DisplayName("reading never waits: GET, HEAD, DELETE and OPTIONS pass whatever they announce")
    void onlyWrites() {
        for (String method : new String[] {"GET", "HEAD", "DELETE", "OPTIONS"}) {
            assertThat(UploadAdmission.large(method, 20 * MIB, "application/pdf")).as(method).isFalse();
        }
    }
}
