package org.nrmtracker.kernel.integrity;

import org.erdtman.jcs.JsonCanonicalizer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * RFC 8785 (JSON Canonicalization Scheme) form of a JSON text: the text the audit hash chain
 * (docs/api.md §6.2) is computed over, so that anyone can re-derive it in any language.
 * <p>
 * Sorting, string escaping and ES6 number formatting come from the reference implementation's
 * Java port (erdtman). Two gates around it make it strict where that library is lenient:
 * Jackson decides what is JSON first, and the result must be encodable as UTF-8.
 */
public final class CanonicalJson {

    // Jackson's defaults are strict RFC 8259 (no leading zeros, NaN, comments or trailing
    // tokens) and bound the input (nesting depth 500, number literals 1000 characters). Without
    // this gate erdtman would accept "01" and recurse on deep nesting until the stack overflows.
    private static final JsonMapper STRICT = JsonMapper.builder().build();

    private CanonicalJson() {
    }

    /**
     * @param json a JSON object or array
     * @return its canonical form; encode it as UTF-8 to get the canonical bytes
     * @throws IllegalArgumentException if the text has no canonical form. Messages never quote
     *         the text: payloads must not reach logs (docs/architecture.md, "Privacy and access").
     */
    public static String canonicalize(String json) {
        if (json == null) {
            throw new IllegalArgumentException("There is no JSON to canonicalise: the text is null.");
        }
        requireValidJson(json);
        String canonical;
        try {
            canonical = new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            // Not chained: the library's messages quote the offending token or property name.
            throw new IllegalArgumentException("The JSON has no RFC 8785 canonical form: it must be an"
                    + " object or array, with no duplicate property names and no number beyond the"
                    + " range of an IEEE-754 double.");
        }
        // RFC 8785 §3.2.2.2: lone surrogates MUST fail. erdtman keeps them, and Java's UTF-8
        // encoder would silently turn each into '?', so different texts would hash alike.
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(canonical)) {
            throw new IllegalArgumentException("The JSON contains a lone UTF-16 surrogate (a \\uD800-\\uDFFF"
                    + " escape without its pair), which RFC 8785 does not allow.");
        }
        return canonical;
    }

    private static void requireValidJson(String json) {
        try {
            STRICT.readTree(json);
        } catch (JacksonException e) {
            // Only the position is reported; Jackson's own message quotes the input.
            var at = e.getLocation();
            String where = at == null ? "" : " (line %d, column %d)".formatted(at.getLineNr(), at.getColumnNr());
            throw new IllegalArgumentException("The text is not valid JSON" + where
                    + ", so it has no canonical form.");
        }
    }
}
