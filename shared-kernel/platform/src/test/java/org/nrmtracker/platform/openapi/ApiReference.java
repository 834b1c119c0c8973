package org.nrmtracker.platform.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoints the API reference ({@code docs/api.md}, section "Endpoints") lists for an application, as
 * {@code "METHOD /path"}: its rows look like {@code | `POST /api/v1/referrals` | command-side | ... |}.
 */
public final class ApiReference {

    static final Path FILE = Path.of("docs", "api.md");
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*`(GET|POST|PUT|PATCH|DELETE) (/\\S*)`\\s*\\|\\s*(command-side|query-side)\\s*\\|", Pattern.MULTILINE);

    public static Set<String> endpointsOf(String application) throws IOException {
        String reference = Files.readString(repositoryRoot().resolve(FILE));
        String endpoints = reference.substring(reference.indexOf("## Endpoints"));
        Set<String> listed = new TreeSet<>();
        Matcher row = ROW.matcher(endpoints);
        while (row.find()) {
            if (row.group(3).equals(application)) {
                listed.add(row.group(1) + " " + row.group(2));
            }
        }
        return listed;
    }

    /** Tests run in a module's directory, which is one or two levels below the root (shared-kernel/platform). */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE)) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + FILE + " above " + Path.of("").toAbsolutePath());
    }

    private ApiReference() {
    }
}
