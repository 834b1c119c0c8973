package org.nrmtracker.query.console;

import org.nrmtracker.platform.security.Caller;

import java.util.List;

/**
 * Who is signed in to the console, for its navigation: each page asks the API, which alone decides what they may
 * read.
 *
 * @param name         the person's name at the issuer (claim {@code sub} of the sign-in)
 * @param scopes       their access token's scopes (docs/api.md §8)
 * @param organisation their organisation (claim {@code org}), or null
 */
record SignedInPerson(String name, List<String> scopes, String organisation) {

    static SignedInPerson of(String name, Caller caller) {
        return new SignedInPerson(name, caller.authorities().stream().filter(a -> a.startsWith("SCOPE_"))
                .map(a -> a.substring("SCOPE_".length())).sorted().toList(), caller.organisation());
    }
}
