package pl.innowacje.katalog.admin;

/** What a staff member may do: editors draft and submit, coordinators verify in their blocks, admins run the site. */
public enum Role {
    EDITOR, COORDINATOR, ADMIN
}
