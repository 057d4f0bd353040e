package nl.beroepsregister.renewal;

/** The two kinds of continuing-education activity. */
public enum PeCategory {
    /** "Scholingsactiviteit". */
    TRAINING,
    /** "Ontwikkeling netwerk/beroepsgroep". */
    NETWORK
}
