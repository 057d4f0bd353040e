package nl.beroepsregister.registration.boundary;

import java.io.Serializable;
import nl.beroepsregister.registration.ImportRejection;

/** One refused field of an imported row: the row as a spreadsheet numbers it, the column, the value and why. */
public record ImportRejectionView(long rowNumber, String field, String value, String reason) implements Serializable {

    static ImportRejectionView of(ImportRejection rejection) {
        return new ImportRejectionView(rejection.getRowNumber(), rejection.getField(), rejection.getValue(),
                rejection.getReason());
    }
}
