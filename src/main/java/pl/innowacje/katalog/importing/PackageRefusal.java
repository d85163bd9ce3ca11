package pl.innowacje.katalog.importing;

/** A package refused as a whole before anything of it was written: hostile, too large, or not a package at all. */
final class PackageRefusal extends RuntimeException {

    private final transient LoadReport.Reason reason;

    PackageRefusal(String key, Object... args) {
        super(key, null, false, false);
        this.reason = LoadReport.Reason.of(key, args);
    }

    LoadReport.Reason reason() {
        return reason;
    }
}
