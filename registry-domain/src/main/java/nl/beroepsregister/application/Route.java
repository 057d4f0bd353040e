package nl.beroepsregister.application;

/** How one enters a level (DOMAIN.md §5). */
public enum Route {
    /** An assessment interview; the only route that requires an audit. */
    ENTRY_AUDIT,
    /** One level up from an active registration one level lower. */
    UPGRADE,
    /** Passing the register's course, which opens the level that offers this route (B for AMB). */
    COURSE
}
