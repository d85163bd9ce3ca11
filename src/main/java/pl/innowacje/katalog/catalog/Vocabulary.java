package pl.innowacje.katalog.catalog;

/** The controlled vocabularies; each lives in content/vocabularies/ under {@link #fileName()}. */
public enum Vocabulary {
    PROGRAMME("programmes.yml"), PROBLEM("problems.yml"), USER("users.yml"), BENEFICIARY("beneficiaries.yml"),
    FORM("forms.yml"), REGION("regions.yml");

    private final String fileName;

    Vocabulary(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
