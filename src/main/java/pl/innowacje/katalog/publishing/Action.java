package pl.innowacje.katalog.publishing;

import java.util.Set;

import pl.innowacje.katalog.catalog.Status;

/** A step in the verification workflow: from which statuses it may be taken and where it leads. */
public enum Action {
    SUBMIT(Set.of(Status.DRAFT, Status.RETURNED), Status.SUBMITTED, false, false),
    RETURN(Set.of(Status.SUBMITTED), Status.RETURNED, true, true),
    PUBLISH(Set.of(Status.SUBMITTED, Status.IN_DEVELOPMENT), Status.PUBLISHED, true, false),
    MARK_IN_DEVELOPMENT(Set.of(Status.SUBMITTED), Status.IN_DEVELOPMENT, true, false),
    WITHDRAW(Set.of(Status.PUBLISHED, Status.IN_DEVELOPMENT), Status.WITHDRAWN, true, true),
    REOPEN(Set.of(Status.WITHDRAWN), Status.DRAFT, true, false);

    private final Set<Status> from;
    private final Status to;
    private final boolean coordinatorsOnly;
    private final boolean reasonRequired;

    Action(Set<Status> from, Status to, boolean coordinatorsOnly, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.coordinatorsOnly = coordinatorsOnly;
        this.reasonRequired = reasonRequired;
    }

    public boolean allowedFrom(Status status) {
        return from.contains(status);
    }

    public Status to() {
        return to;
    }

    /** Verifying, returning, publishing and withdrawing belong to the block's coordinators (and administrators). */
    public boolean coordinatorsOnly() {
        return coordinatorsOnly;
    }

    /** A return needs comments for the editor; a withdrawal needs its reason on record. */
    public boolean reasonRequired() {
        return reasonRequired;
    }
}
