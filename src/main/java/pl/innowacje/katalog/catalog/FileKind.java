package pl.innowacje.katalog.catalog;

/** What a downloadable file is for the person who takes it. */
public enum FileKind {
    HANDBOOK, MODEL, TRAINING_PROGRAMME, TEMPLATE, PRESENTATION, REPORT, OTHER
}
