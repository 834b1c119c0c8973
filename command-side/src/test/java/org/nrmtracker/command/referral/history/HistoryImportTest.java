package org.nrmtracker.command.referral.history;

import org.junit.jupiter.api.Test;
import org.nrmtracker.command.problem.RequestBodyTooLarge;
import org.nrmtracker.command.eventstore.EventPositions;
import org.nrmtracker.command.referral.RecordedEvent;
import org.nrmtracker.command.referral.http.Recorder;
import org.nrmtracker.kernel.referral.ReferralId;
import org.nrmtracker.platform.security.Authorities;
import org.nrmtracker.platform.security.Caller;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The import loop on its own: what happens to the rest of a file when one line fails unexpectedly or the body stops. */
class HistoryImportTest {

    private static final String SECRET = "Jane-Doe-Secret";
    private static final RecordedEvent RECORDED = new RecordedEvent(ReferralId.random(), 0, Instant.EPOCH, false);

    private static final Caller PROVIDER = new Caller("provider", "provider-org", Set.of(Authorities.REFERRALS_WRITE));

    private final LineCommands lines = mock(LineCommands.class);
    private final Recorder recorder = mock(Recorder.class);
    /** One line a batch: each line its own command, through the recorder. */
    private final HistoryImport historyImport = new HistoryImport(lines, recorder, mock(BatchRecorder.class),
            mock(EventPositions.class), 1024,
            1, 1 << 22);

    @Test
    void anUnexpectedFailureOnOneLineIsCountedAsAServerErrorAndTheRestIsApplied() throws IOException {
        Object failing = new Object();
        when(lines.commandOf(any(), anyInt())).thenReturn(new Object(), failing, new Object());
        when(recorder.record(any(), eq(PROVIDER))).thenReturn(RECORDED);
        when(recorder.record(eq(failing), eq(PROVIDER))).thenThrow(new IllegalStateException(SECRET));
        ImportTally tally = new ImportTally();

        historyImport.run(body("{}\n{}\n{}\n"), -1, PROVIDER, tally);

        ImportSummary summary = tally.summary();
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.status()).isEqualTo(500);
            assertThat(error.detail()).doesNotContain(SECRET).contains("safe to send it again");
        });
    }

    @Test
    void aBodyThatStopsMidwayKeepsTheLinesBeforeItCounted() {
        when(lines.commandOf(any(), anyInt())).thenReturn(new Object());
        when(recorder.record(any(), any())).thenReturn(RECORDED);
        InputStream stopping = new SequenceInputStream(body("{}\n{}\n{\"half"), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new RequestBodyTooLarge(20);
            }
        });
        ImportTally tally = new ImportTally();

        assertThatThrownBy(() -> historyImport.run(stopping, -1, PROVIDER, tally))
                .isInstanceOf(RequestBodyTooLarge.class);
        assertThat(tally.accepted()).isEqualTo(2);
        assertThat(tally.lastLine()).isEqualTo(2);
    }

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
