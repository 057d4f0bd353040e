package nl.beroepsregister.registration.view;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.beroepsregister.export.control.ExportFormat;
import nl.beroepsregister.export.control.RowSource;
import nl.beroepsregister.export.control.TableExport.Column;
import nl.beroepsregister.export.web.TableDownload;
import nl.beroepsregister.portal.LanguageSelection;
import nl.beroepsregister.problem.AccessDeniedException;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registration.boundary.ImportRejectionView;
import nl.beroepsregister.registration.boundary.Imports;
import nl.beroepsregister.registration.control.ImportRow;
import nl.beroepsregister.text.Texts;

/**
 * The files of the import: {@code /office/import-template.csv}, an empty file with the columns and one example row,
 * and {@code /office/import-rejections.csv?run=}, the report of an import's rejected rows (row, column, value, reason).
 */
@WebServlet(urlPatterns = {"/office/import-template.csv", "/office/import-rejections.csv"})
public class ImportFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Imports imports;

    @Inject
    transient LanguageSelection language;

    /** The example row of the template, in the order of {@link ImportRow#COLUMNS}. */
    static final List<String> EXAMPLE = List.of("Anna", "de Vries", "anna.devries@gemeente.example",
            "Gemeente Voorbeeld", "Accountmanager bedrijven", "anna.devries", "B", "2025-09-01", "AMB", "nl", "");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Texts texts = RegistrationsDownload.texts(request, language);
        if (request.getServletPath().endsWith("import-template.csv")) {
            template(response);
            return;
        }
        Long runId;
        try {
            runId = Long.valueOf(request.getParameter("run"));
            imports.run(runId);
        } catch (NumberFormatException | NotFoundException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        List<Column<ImportRejectionView>> columns = List.of(
                new Column<>(texts.format("exchange.rejections.row"), ImportRejectionView::rowNumber),
                new Column<>(texts.format("exchange.rejections.field"), ImportRejectionView::field),
                new Column<>(texts.format("exchange.rejections.value"), ImportRejectionView::value),
                new Column<>(texts.format("exchange.rejections.reason"), ImportRejectionView::reason));
        TableDownload.send(response, ExportFormat.CSV, texts.format("exchange.rejections.filename", runId),
                texts.format("exchange.rejections.sheet"), columns,
                RowSource.paged((first, size) -> imports.rejections(runId, first, size)));
    }

    private void template(HttpServletResponse response) throws IOException {
        List<Column<List<String>>> columns = new ArrayList<>();
        for (int i = 0; i < ImportRow.COLUMNS.size(); i++) {
            int index = i;
            columns.add(new Column<>(ImportRow.COLUMNS.get(i), row -> row.get(index)));
        }
        boolean[] given = {false};
        TableDownload.send(response, ExportFormat.CSV, "import-template", "import", columns, size -> {
            if (given[0]) {
                return List.of();
            }
            given[0] = true;
            return List.of(EXAMPLE);
        });
    }
}
