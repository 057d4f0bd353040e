package nl.beroepsregister.registration.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import nl.beroepsregister.api.RequestLanguage;
import nl.beroepsregister.audit.boundary.AuditTrail;
import nl.beroepsregister.export.control.ExportFormat;
import nl.beroepsregister.export.control.RowSource;
import nl.beroepsregister.export.control.TableExport.Column;
import nl.beroepsregister.export.control.TableExport;
import nl.beroepsregister.export.web.TableDownload;
import nl.beroepsregister.portal.LanguageSelection;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.register.Level;
import nl.beroepsregister.registration.RegistrationStatus;
import nl.beroepsregister.registration.boundary.Exports.RegistrationFilter;
import nl.beroepsregister.registration.boundary.Exports;
import nl.beroepsregister.registration.boundary.RegistrationRow;
import nl.beroepsregister.text.Texts;
import nl.beroepsregister.time.RegistryClock;

/**
 * {@code /office/registrations.csv} and {@code /office/registrations.xlsx}: every registration (or those matching
 * {@code q}, {@code status}, {@code level}, {@code register}) with number, name, e-mail, employer, register, level,
 * status, start and valid-until date, in the reader's language, streamed page by page from the database.
 */
@WebServlet(urlPatterns = {"/office/registrations.csv", "/office/registrations.xlsx"})
public class RegistrationsDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Exports exports;

    @Inject
    transient LanguageSelection language;

    @Inject
    transient RegistryClock clock;

    @Inject
    transient AuditTrail audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format = ExportFormat.ofFilename(request.getServletPath()).orElse(ExportFormat.CSV);
        Texts texts = texts(request, language);
        RegistrationFilter filter;
        try {
            filter = new RegistrationFilter(request.getParameter("q"),
                    parse(RegistrationStatus.class, request.getParameter("status")),
                    parse(Level.class, request.getParameter("level")), request.getParameter("register"));
        } catch (IllegalArgumentException unknown) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            exports.registrationsAfter(0L, 1, filter);
        } catch (AccessDeniedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        audit.recorded("export.downloaded", null, format.extension() + " " + filter);
        List<Column<RegistrationRow>> columns = List.of(
                new Column<>(texts.format("exchange.column.registrationNumber"), RegistrationRow::registrationNumber),
                new Column<>(texts.format("exchange.column.firstName"), RegistrationRow::firstName),
                new Column<>(texts.format("exchange.column.lastName"), RegistrationRow::lastName),
                new Column<>(texts.format("exchange.column.email"), RegistrationRow::email),
                new Column<>(texts.format("exchange.column.employer"), RegistrationRow::employer),
                new Column<>(texts.format("exchange.column.register"), RegistrationRow::register),
                new Column<>(texts.format("exchange.column.level"), row -> row.level().name()),
                new Column<>(texts.format("exchange.column.status"), row -> texts.label(row.status())),
                new Column<>(texts.format("exchange.column.startDate"), RegistrationRow::startDate),
                new Column<>(texts.format("exchange.column.validUntil"), RegistrationRow::validUntil));
        String basename = texts.format("exchange.export.filename", clock.today().toString());
        TableDownload.send(response, format, basename, texts.format("exchange.export.sheet"), columns,
                RowSource.keyed((Long after, Integer size) -> exports.registrationsAfter(after, size, filter),
                        RegistrationRow::id));
    }

    /** The language of the portal's session, or else the browser's. */
    static Texts texts(HttpServletRequest request, LanguageSelection language) {
        return language.isChosen() ? Texts.in(language.current())
                : Texts.in(RequestLanguage.of(request.getHeader("Accept-Language")));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    }
}
