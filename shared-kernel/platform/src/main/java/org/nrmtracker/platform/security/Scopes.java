package org.nrmtracker.platform.security;

/**
 * The scope names of docs/api.md §8, as a token's {@code scope} claim and a client's configuration spell them.
 * Spring Security grants each as an authority of another name: see {@link Authorities}.
 */
public final class Scopes {

    public static final String REFERRALS_WRITE = "referrals:write";
    public static final String STATISTICS_READ = "statistics:read";
    public static final String AUDIT_READ = "audit:read";
    public static final String ADMIN = "admin";

    private Scopes() {
    }
}
