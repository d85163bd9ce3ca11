package pl.innowacje.katalog.catalog;

/** The controlled vocabularies; each term has a stable code and a Polish and an English label. */
public enum Vocabulary {
    PROGRAMME, PROBLEM, USER, BENEFICIARY, FORM, REGION
}
