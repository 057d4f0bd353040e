package nl.beroepsregister.renewal;

import java.io.Serializable;
import nl.beroepsregister.problem.Message;

/** Whether one requirement is met, and what to tell the registrant about it. */
public record RequirementCheck(Requirement requirement, boolean met, Message message) implements Serializable {
}
