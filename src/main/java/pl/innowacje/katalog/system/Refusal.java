package pl.innowacje.katalog.system;

/**
 * A request the portal declines for a reason the person can act on; {@link #key()} names the message that says why
 * (in the message bundles). Nothing was changed when it is thrown.
 */
public final class Refusal extends RuntimeException {

    private final String key;

    public Refusal(String key) {
        super(key, null, false, false);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
