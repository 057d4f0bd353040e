package nl.beroepsregister.registration.boundary;

import java.util.List;

/** One page of a worklist and how many rows the whole list has. */
public record WorklistPage(Worklist list, long total, int first, int size, List<WorkItem> rows) {
}
