package org.nrmtracker.command.security;

/** The scopes of contract §8, as Spring Security's authorities of a bearer token. */
final class Scopes {

    static final String REFERRALS_WRITE = "referrals:write";
    static final String STATISTICS_READ = "statistics:read";
    static final String AUDIT_READ = "audit:read";
    static final String ADMIN = "admin";

    static String authority(String scope) {
        return "SCOPE_" + scope;
    }

    private Scopes() {
    }
}
