package pl.innowacje.katalog.admin;

import java.security.Principal;
import java.util.List;

import org.springframework.stereotype.Component;

import pl.innowacje.katalog.publishing.Actor;

/** The logged-in member of staff as the workflow and the editors see them: role and coordinated blocks. */
@Component
class StaffActors {

    private final StaffAccounts accounts;

    StaffActors(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    Actor of(Principal principal) {
        StaffAccounts.Account a = accounts.find(principal.getName()).orElseThrow();
        List<Long> blocks = a.role() == Role.COORDINATOR ? accounts.blocksOf(a.id()) : List.of();
        return new Actor(a.username(), a.role() == Role.ADMIN, a.role() == Role.COORDINATOR, blocks);
    }
}
