package pl.innowacje.katalog.system;

/**
 * A request the portal declines for a reason the person can act on; {@link #key()} names the message that says why
 * (in the message bundles) and {@link #args()} fills it in. Nothing was changed when it is thrown.
 */
public final class Refusal extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public Refusal(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
