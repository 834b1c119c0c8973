package org.nrmtracker.query.security;

/** The authorities Spring derives from a token's scopes (contract §8): {@code SCOPE_} and the scope. */
public final class Scopes {

    public static final String REFERRALS_WRITE = "SCOPE_referrals:write";
    public static final String STATISTICS_READ = "SCOPE_statistics:read";
    public static final String AUDIT_READ = "SCOPE_audit:read";
    public static final String ADMIN = "SCOPE_admin";

    private Scopes() {
    }
}
