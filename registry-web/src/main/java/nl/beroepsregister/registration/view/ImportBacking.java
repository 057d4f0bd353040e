package nl.beroepsregister.registration.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import nl.beroepsregister.portal.LanguageSelection;
import nl.beroepsregister.portal.Words;
import nl.beroepsregister.problem.NotFoundException;
import nl.beroepsregister.registration.boundary.ImportRejectionView;
import nl.beroepsregister.registration.boundary.ImportRunView;
import nl.beroepsregister.registration.boundary.Imports;
import nl.beroepsregister.registration.control.ImportRow;

/**
 * {@code office/import.xhtml}: upload a CSV file of registrants, follow the import's progress, and read what was
 * rejected. Starting an import redirects to the page of its run ({@code ?run=}), so that reloading the page shows the
 * progress again instead of sending the file twice.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int SHOWN_REJECTIONS = 100;

    @Inject
    Imports imports;

    @Inject
    LanguageSelection language;

    @Inject
    Words msg;

    private transient Part file;
    private Long runId;
    private ImportRunView run;
    private List<ImportRejectionView> rejections;
    private List<ImportRunView> latest;

    public void load() {
        if (runId != null) {
            try {
                refresh();
            } catch (NotFoundException unknown) {
                runId = null;
            }
        }
    }

    public String start() {
        if (file == null || file.getSize() == 0) {
            error("exchange.import.noFile");
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            error("exchange.import.tooLarge");
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportRunView started = imports.start(file.getSubmittedFileName(), content, language.current());
        return "/office/import?faces-redirect=true&run=" + started.id();
    }

    private void error(String key) {
        FacesContext.getCurrentInstance().addMessage("upload:file",
                new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.get(key), null));
    }

    private void refresh() {
        run = imports.run(runId);
        rejections = run.running() ? List.of() : imports.rejections(runId, 0, SHOWN_REJECTIONS);
    }

    /** What the progress bar polls: the run's progress in percent, read anew each time. */
    public int getProgress() {
        if (runId == null) {
            return 0;
        }
        refresh();
        return run.percent();
    }

    public void completed() {
        refresh();
    }

    public List<String> getColumns() {
        return ImportRow.COLUMNS;
    }

    public boolean required(String column) {
        return ImportRow.REQUIRED.contains(column);
    }

    public List<ImportRunView> getLatest() {
        if (latest == null) {
            latest = imports.latest();
        }
        return latest;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public ImportRunView getRun() {
        return run;
    }

    public List<ImportRejectionView> getRejections() {
        return rejections;
    }

    public boolean isMoreRejections() {
        return run != null && rejections != null && rejections.size() >= SHOWN_REJECTIONS;
    }
}
