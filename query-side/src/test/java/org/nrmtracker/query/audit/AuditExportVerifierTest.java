package org.nrmtracker.query.audit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nrmtracker.kernel.integrity.AuditedEvent;
import org.nrmtracker.kernel.integrity.HashChain;
import org.nrmtracker.kernel.referral.DecisionOutcome;
import org.nrmtracker.kernel.referral.ReasonableGroundsDecisionRecorded;
import org.nrmtracker.kernel.referral.ReferralId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auditors verify exports with {@code ops/verify-audit.py}, without our code (issue 7): it must
 * accept what the API exports, reject a tampered export naming the referral and sequence, and
 * compute exactly the canonical form {@link HashChain} hashes.
 */
class AuditExportVerifierTest {

    private static final Path VERIFIER = Path.of("..", "ops", "verify-audit.py").toAbsolutePath().normalize();
    private static final Path JCS_VECTORS = Path.of("..", "shared-kernel", "src", "test", "resources", "jcs-test-vectors")
            .toAbsolutePath().normalize();
    /** Python that loads the verifier as module {@code v}, to call its functions. */
    private static final String LOAD_VERIFIER = "import importlib.util as u;"
            + "s=u.spec_from_file_location('v',r'" + VERIFIER + "');v=u.module_from_spec(s);s.loader.exec_module(v)\n";
    private static final ReferralId FIRST = ReferralId.random();
    private static final ReferralId SECOND = ReferralId.random();
    private static final LocalDate REFERRED_ON = LocalDate.of(2024, 3, 1);

    private static AuditedSystem system;

    @TempDir
    Path exports;

    @BeforeAll
    static void start() {
        system = AuditedSystem.start();
        system.record(AuditedSystem.referral(FIRST, REFERRED_ON), 0, Instant.parse("2024-03-01T10:00:00Z"));
        system.record(AuditedSystem.referral(SECOND, REFERRED_ON), 0, Instant.parse("2024-03-01T11:00:00Z"));
        system.record(new ReasonableGroundsDecisionRecorded(FIRST, REFERRED_ON.plusDays(5), DecisionOutcome.NEGATIVE),
                1, Instant.parse("2024-03-06T10:00:00Z"));
        system.record(new ReasonableGroundsDecisionRecorded(SECOND, REFERRED_ON.plusDays(6), DecisionOutcome.POSITIVE),
                1, Instant.parse("2024-03-07T10:00:00Z"));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void anExportedStreamVerifiesAndAnEditedPayloadInItIsReportedWithItsReferralAndSequence() throws Exception {
        Path export = exports.resolve("stream.json");
        Files.writeString(export, system.get("/api/v1/audit/referrals/" + FIRST + "/events").body());

        Result intact = verify(export.toString(), FIRST.toString());
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("2 events of 1 referrals: intact");

        Files.writeString(export, Files.readString(export).replace("\"outcome\":\"NEGATIVE\"", "\"outcome\":\"POSITIVE\""));
        Result tampered = verify(export.toString(), FIRST.toString());
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.output()).contains("referral " + FIRST + " sequence 1: hash does not match");
    }

    @Test
    void anExportOfTheGlobalStreamVerifiesAndAnEditOrAMissingLineIsReported() throws Exception {
        Path export = exports.resolve("events.ndjson");
        String ndjson = system.get("/api/v1/audit/events").body();
        Files.writeString(export, ndjson);

        Result intact = verify(export.toString());
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("4 events of 2 referrals: intact");

        Files.writeString(export, ndjson.replace("\"decidedOn\":\"2024-03-07\"", "\"decidedOn\":\"2024-03-08\""));
        Result edited = verify(export.toString());
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.output()).contains("referral " + SECOND + " sequence 1: hash does not match");

        List<String> lines = new ArrayList<>(ndjson.lines().toList());
        lines.remove(0); // the first referral's sequence 0
        Files.writeString(export, String.join("\n", lines));
        Result missing = verify(export.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.output()).contains("referral " + FIRST + " sequence 0: missing");
    }

    @Test
    void theVerifiersCanonicalFormIsTheOneTheHashChainHashes() throws Exception {
        String payload = """
                {"referralId":"r-1","nested":{"z":[1,{"b":true,"a":null}],"é":"Zoë – Łódź \\u0007 \\"quoted\\" \\\\"},\
                "\\ue000":"private use","\\ud83d\\ude00":"sorts before it in UTF-16","numbers":[0,-0.0,1.5,1e21,1e-7,\
                123456789012345678901,4.35,-1.25e-10]}""";
        AuditedEvent event = new AuditedEvent("r-1", 3, "SUPPORT_STARTED", payload, "2024-03-01T10:00:00.000Z", null);
        String envelope = """
                {"referralId":"r-1","sequence":3,"type":"SUPPORT_STARTED","payload":%s,\
                "recordedAt":"2024-03-01T10:00:00.000Z","recordedBy":null}""".formatted(payload);
        Path input = exports.resolve("envelope.json");
        Files.writeString(input, envelope);

        Result python = python("import json,sys;" + LOAD_VERIFIER
                + "sys.stdout.buffer.write(v.canonical(json.load(open(sys.argv[1],encoding='utf-8'))).encode())",
                input.toString());

        assertThat(python.exitCode()).as(python.output()).isZero();
        assertThat(python.output()).isEqualTo(HashChain.canonicalForm(event));
    }

    @Test
    void theVerifierPassesTheRfc8785TestVectorsTheKernelIsTestedWith() throws Exception {
        Result python = python("import glob,json,struct,sys;" + LOAD_VERIFIER + """
                d=sys.argv[1]
                for f in sorted(glob.glob(d+'/*.input.json')):
                    got=v.canonical(json.load(open(f,encoding='utf-8'))).encode()
                    if got!=open(f.replace('.input.','.expected.'),'rb').read(): print('differs:',f)
                for line in open(d+'/es6testfile100m-first1000.txt'):
                    bits,expected=line.strip().split(',',1)
                    x=struct.unpack('>d',bytes.fromhex(bits.rjust(16,'0')))[0]
                    if x==x and abs(x)!=float('inf') and v.canonical(x)!=expected: print('differs:',bits,expected)
                print('checked')
                """, JCS_VECTORS.toString());

        assertThat(python.exitCode()).as(python.output()).isZero();
        assertThat(python.output().strip()).isEqualTo("checked");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result verify(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", VERIFIER.toString()));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private static Result python(String program, String argument) throws Exception {
        return run(List.of("python3", "-c", program, argument));
    }

    private static Result run(List<String> command) throws Exception {
        assertThat(VERIFIER).exists();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("python3 must be installed to test ops/verify-audit.py", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
