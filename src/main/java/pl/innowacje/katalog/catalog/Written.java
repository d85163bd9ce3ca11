package pl.innowacje.katalog.catalog;

/** What a write by slug did to the record: made it, changed it, or found it as it should be. */
public enum Written { CREATED, UPDATED, UNCHANGED }
