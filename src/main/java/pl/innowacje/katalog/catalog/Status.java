package pl.innowacje.katalog.catalog;

/** Where a solution stands in the verification workflow. */
public enum Status {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, WITHDRAWN, IN_DEVELOPMENT;

    /** Only verified products and those openly in development are shown to the public. */
    public boolean isPublic() {
        return this == PUBLISHED || this == IN_DEVELOPMENT;
    }
}
