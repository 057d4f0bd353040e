package nl.beroepsregister.register;

/** The level of work and thinking ("werk- en denkniveau"). */
public enum WorkLevel {
    /** Vocational education and above. */
    MBO_PLUS,
    /** Applied-university level and above. */
    HBO_PLUS,
    /** University level and above. */
    WO_PLUS;

    public boolean isAtLeast(WorkLevel other) {
        return compareTo(other) >= 0;
    }
}
