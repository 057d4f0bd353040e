package nl.beroepsregister.export.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.beroepsregister.export.control.ExportFormat;
import nl.beroepsregister.export.control.RowSource;
import nl.beroepsregister.export.control.TableExport;

/**
 * Sends a list to the browser as a CSV or Excel download while its pages are read: nothing of it is held beyond one
 * page. Any list of the portal can be offered this way — a servlet under {@code /office/} (protected by its role in
 * web.xml, and the boundary checks again) builds the columns in the reader's language and a {@link RowSource} over
 * its boundary's paged query, and calls {@link #send}.
 */
public final class TableDownload {

    private TableDownload() {
    }

    public static <T> void send(HttpServletResponse response, ExportFormat format, String basename, String title,
                                List<TableExport.Column<T>> columns, RowSource<T> rows) throws IOException {
        String filename = basename + "." + format.extension();
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        OutputStream out = response.getOutputStream();
        TableExport.write(format, title, columns, rows, out);
        out.flush();
    }
}
