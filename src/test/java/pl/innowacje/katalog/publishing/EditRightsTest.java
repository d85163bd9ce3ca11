package pl.innowacje.katalog.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.innowacje.katalog.catalog.SolutionRecords;
import pl.innowacje.katalog.catalog.Status;

class EditRightsTest {

    private static final Actor AUTHOR = new Actor("autor", false, false, List.of());
    private static final Actor COORDINATOR = new Actor("koordynator", false, true, List.of(7L));
    private static final Actor OTHER_COORDINATOR = new Actor("inny", false, true, List.of(8L));
    private static final Actor ADMIN = new Actor("admin", true, false, List.of());

    private static SolutionRecords.Standing in(Status status) {
        return new SolutionRecords.Standing(1, "s", status, "autor", List.of(7L));
    }

    @Test
    void anAuthorEditsTheirDraftsAndReturnedSolutionsOnly() {
        assertThat(EditRights.mayEdit(AUTHOR, in(Status.DRAFT))).isTrue();
        assertThat(EditRights.mayEdit(AUTHOR, in(Status.RETURNED))).isTrue();
        assertThat(EditRights.mayEdit(AUTHOR, in(Status.SUBMITTED))).isFalse();
        assertThat(EditRights.mayEdit(AUTHOR, in(Status.PUBLISHED))).isFalse();
        assertThat(EditRights.mayEdit(new Actor("ktos", false, false, List.of()), in(Status.DRAFT))).isFalse();
    }

    @Test
    void coordinatorsEditTheirBlocksSolutionsAndAdminsAllButAWithdrawnOneIsReopenedFirst() {
        assertThat(EditRights.mayEdit(COORDINATOR, in(Status.PUBLISHED))).isTrue();
        assertThat(EditRights.mayEdit(COORDINATOR, in(Status.SUBMITTED))).isTrue();
        assertThat(EditRights.mayEdit(OTHER_COORDINATOR, in(Status.DRAFT))).isFalse();
        assertThat(EditRights.mayEdit(ADMIN, in(Status.IN_DEVELOPMENT))).isTrue();
        assertThat(EditRights.mayEdit(ADMIN, in(Status.WITHDRAWN))).isFalse();
        assertThat(EditRights.mayEdit(COORDINATOR, in(Status.WITHDRAWN))).isFalse();
    }

    @Test
    void theAuthorOrAVerifierSubmits() {
        assertThat(EditRights.maySubmit(AUTHOR, in(Status.DRAFT))).isTrue();
        assertThat(EditRights.maySubmit(COORDINATOR, in(Status.DRAFT))).isTrue();
        assertThat(EditRights.maySubmit(OTHER_COORDINATOR, in(Status.DRAFT))).isFalse();
    }
}
