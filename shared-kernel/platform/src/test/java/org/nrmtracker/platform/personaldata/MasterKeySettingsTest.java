package org.nrmtracker.platform.personaldata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nrmtracker.kernel.personaldata.MasterKeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the master keys come from (docs/personal-data.md). */
class MasterKeySettingsTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path home;

    @Test
    void aLocalRunMakesItsDefaultFileOnceAndBothApplicationsReadTheSameKeys() throws Exception {
        Path local = home.resolve(".nrm-tracker").resolve("master-keys");

        MasterKeys first = MasterKeySettings.load("", "", local, false, CLOCK);
        String made = Files.readString(local);
        MasterKeys second = MasterKeySettings.load("", "", local, false, CLOCK);

        assertThat(second.currentId()).isEqualTo(first.currentId()).startsWith("local-");
        assertThat(Files.readString(local)).as("made once, not again").isEqualTo(made);
        try (var files = Files.list(local.getParent())) {
            assertThat(files).containsExactly(local);
        }
    }

    @Test
    void productionNeedsMasterKeysConfiguredAndNeverMakesOne() {
        Path local = home.resolve("master-keys");

        assertThatThrownBy(() -> MasterKeySettings.load("", "", local, true, CLOCK))
                .hasMessageContaining("NRM_PERSONAL_DATA_MASTER_KEYS_FILE");
        assertThat(local).doesNotExist();
    }

    @Test
    void theSettingComesFirstThenTheFile() throws Exception {
        Path file = Files.writeString(home.resolve("secret"), MasterKeys.newEntry("from-file") + "\n");

        assertThat(MasterKeySettings.load("", file.toString(), home.resolve("x"), true, CLOCK).currentId())
                .isEqualTo("from-file");
        assertThat(MasterKeySettings.load(MasterKeys.newEntry("inline"), file.toString(), home.resolve("x"), true,
                CLOCK).currentId()).isEqualTo("inline");
    }
}
