package pl.innowacje.katalog.publishing;

import java.util.Set;

import pl.innowacje.katalog.catalog.SolutionRecords;
import pl.innowacje.katalog.catalog.Status;

/**
 * Who may change what. An editor works on their own drafts (and on those returned to them); coordinators change any
 * solution in their blocks, published ones included; administrators change anything. A withdrawn solution is
 * reopened before it is changed, and one under verification is changed only by its verifiers.
 */
public final class EditRights {

    private static final Set<Status> OWNER_MAY_EDIT = Set.of(Status.DRAFT, Status.RETURNED);

    private EditRights() {
    }

    public static boolean mayEdit(Actor actor, SolutionRecords.Standing s) {
        if (s.status() == Status.WITHDRAWN) {
            return false;
        }
        return actor.coordinatesAnyOf(s.blockIds())
                || (actor.username().equals(s.createdBy()) && OWNER_MAY_EDIT.contains(s.status()));
    }

    /** Submitting for verification: the owner, or someone who could verify it anyway. */
    public static boolean maySubmit(Actor actor, SolutionRecords.Standing s) {
        return actor.coordinatesAnyOf(s.blockIds()) || actor.username().equals(s.createdBy());
    }
}
