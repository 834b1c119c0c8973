package org.nrmtracker.kernel.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** RFC 8785 conformance against the vectors in src/test/resources/jcs-test-vectors (see SOURCES.md there). */
class CanonicalJsonTest {

    private static final String VECTORS = "/jcs-test-vectors/";

    static List<String> vectorNames() throws IOException, URISyntaxException {
        Path directory = Path.of(CanonicalJsonTest.class.getResource(VECTORS).toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".input.json"))
                    .map(file -> file.substring(0, file.length() - ".input.json".length()))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyVectorPairIsPresent() throws Exception {
        assertThat(vectorNames()).hasSize(9);
    }

    @ParameterizedTest
    @MethodSource("vectorNames")
    void eachVectorCanonicalisesToExactlyTheExpectedBytes(String name) throws Exception {
        String input = new String(resource(name + ".input.json"), StandardCharsets.UTF_8);

        byte[] canonical = CanonicalJson.canonicalize(input).getBytes(StandardCharsets.UTF_8);

        assertThat(canonical).isEqualTo(resource(name + ".expected.json"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = VECTORS + "es6testfile100m-first1000.txt")
    void numbersOfTheReferenceTestFileSerialiseAsInEcmaScript(String ieee754Hex, String expected) {
        assertSerialises(ieee754Hex, expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = VECTORS + "es6testfile-sample-numbers.csv", numLinesToSkip = 1)
    void sampledNumbersSerialiseAsInEcmaScript(String ieee754Hex, String expected, int lineNumber) {
        assertSerialises(ieee754Hex, expected);
    }

    @ParameterizedTest(name = "{2}")
    @CsvFileSource(resources = VECTORS + "rfc8785-appendix-b-numbers.csv", numLinesToSkip = 1)
    void appendixBNumbersSerialiseAsInTheRfc(String ieee754Hex, String expected, String comment) {
        if (expected == null) { // NaN and Infinity rows: the RFC requires an error
            double value = toDouble(ieee754Hex);
            assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.canonicalize("[" + value + "]"));
            return;
        }
        assertSerialises(ieee754Hex, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "[01]", "[NaN]", "[Infinity]", "[1e400]", "[-1e400]", "[1,]", "[1]x",
            "[1] [2]", "{\"a\":1,\"a\":2}", "{'a':1}", "42", "\"text\"", "[\"\\ud800\"]", "[\"\\udc00 after\"]"})
    void textWithoutACanonicalFormIsRejected(String json) {
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.canonicalize(json));
    }

    @Test
    void nullIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.canonicalize(null));
    }

    @Test
    void deepNestingIsRejectedRatherThanOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.canonicalize(deep));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"subjectRef\": tru}", "{\"subjectRef\": 1, \"subjectRef\": 2}", "[\"subjectRef\", 01]"})
    void rejectionsDoNotQuoteTheText(String json) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CanonicalJson.canonicalize(json))
                .withMessageNotContaining("subjectRef")
                .withNoCause();
    }

    private static void assertSerialises(String ieee754Hex, String expected) {
        String input = "[" + exactLiteral(toDouble(ieee754Hex)) + "]";
        assertThat(input).as("the input must not already be canonical").isNotEqualTo("[" + expected + "]");

        assertThat(CanonicalJson.canonicalize(input)).isEqualTo("[" + expected + "]");
    }

    /** The hex column has no leading zeros, e.g. "1" is the smallest subnormal. */
    private static double toDouble(String ieee754Hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(ieee754Hex, 16));
    }

    /**
     * The double's exact decimal value as {@code <integer>e<exponent>} (e.g. 5e-324 becomes 751
     * digits then {@code e-1074}). ES6 output never looks like this (it writes {@code e+} or
     * {@code e-} after at most 17 digits), so the canonicaliser really has to parse and reformat.
     */
    private static String exactLiteral(double value) {
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0"; // BigDecimal has no negative zero
        }
        BigDecimal exact = new BigDecimal(value);
        return exact.unscaledValue() + "e" + (-exact.scale());
    }

    private static byte[] resource(String file) throws IOException {
        try (var in = CanonicalJsonTest.class.getResourceAsStream(VECTORS + file)) {
            assertThat(in).as(file).isNotNull();
            return in.readAllBytes();
        }
    }
}
