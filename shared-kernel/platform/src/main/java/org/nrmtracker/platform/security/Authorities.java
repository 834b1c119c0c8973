package org.nrmtracker.platform.security;

/**
 * The authorities Spring Security grants for the {@link Scopes} of a bearer token: {@code SCOPE_} and the scope.
 * Access rules and {@link Caller#has} ask for these, never for the bare scope name.
 */
public final class Authorities {

    public static final String REFERRALS_WRITE = of(Scopes.REFERRALS_WRITE);
    public static final String STATISTICS_READ = of(Scopes.STATISTICS_READ);
    public static final String AUDIT_READ = of(Scopes.AUDIT_READ);
    public static final String ADMIN = of(Scopes.ADMIN);

    /** The authority a token with this scope is granted. */
    public static String of(String scope) {
        return "SCOPE_" + scope;
    }

    private Authorities() {
    }
}
