package nl.beroepsregister.registration.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.beroepsregister.registration.boundary.WorkItem;
import nl.beroepsregister.registration.boundary.Worklist;
import nl.beroepsregister.registration.boundary.Worklists;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A worklist as a lazy PrimeFaces table: the table asks for the count and one page at a time, sorted by the column
 * the reader chose and filtered by the column filters, and the boundary does both in the database. The page may add
 * filters of its own (a search box, a fixed status).
 */
public class WorklistModel extends LazyDataModel<WorkItem> {

    private static final long serialVersionUID = 1L;

    private final Worklists worklists;
    private final Worklist list;
    private final Map<String, String> fixed;

    public WorklistModel(Worklists worklists, Worklist list, Map<String, String> fixed) {
        this.worklists = worklists;
        this.list = list;
        this.fixed = fixed;
    }

    public Worklist getList() {
        return list;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, worklists.count(list, filters(filterBy)));
    }

    @Override
    public List<WorkItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                               Map<String, FilterMeta> filterBy) {
        Optional<SortMeta> sort = sortBy.values().stream()
                .filter(meta -> meta.getOrder() != null && meta.getOrder() != SortOrder.UNSORTED)
                .sorted()
                .findFirst();
        return worklists.rows(list, first, pageSize, sort.map(SortMeta::getField).orElse(null),
                sort.map(meta -> meta.getOrder() == SortOrder.DESCENDING).orElse(false), filters(filterBy));
    }

    private Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>(fixed);
        filterBy.values().forEach(meta -> {
            Object value = meta.getFilterValue();
            if (value != null && !String.valueOf(value).isBlank()) {
                filters.put(meta.getField(), String.valueOf(value));
            }
        });
        return filters;
    }

    @Override
    public String getRowKey(WorkItem item) {
        return String.valueOf(item.id());
    }

    @Override
    public WorkItem getRowData(String rowKey) {
        List<WorkItem> shown = getWrappedData();
        return shown == null ? null : shown.stream()
                .filter(item -> String.valueOf(item.id()).equals(rowKey))
                .findFirst().orElse(null);
    }
}
