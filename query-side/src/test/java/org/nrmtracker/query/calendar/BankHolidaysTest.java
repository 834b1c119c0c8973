package org.nrmtracker.query.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nrmtracker.kernel.referral.Jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nrmtracker.kernel.referral.Jurisdiction.ENGLAND_AND_WALES;
import static org.nrmtracker.kernel.referral.Jurisdiction.NORTHERN_IRELAND;
import static org.nrmtracker.kernel.referral.Jurisdiction.SCOTLAND;

/** The shipped bank holidays: one list per jurisdiction, whole years 2009–2027, refused outside them. */
class BankHolidaysTest {

    private static final BankHolidays SHIPPED = BankHolidays.shipped();

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void everyJurisdictionIsCoveredFrom2009To2027(Jurisdiction jurisdiction) {
        assertThat(SHIPPED.firstCoveredDay(jurisdiction)).isEqualTo(LocalDate.of(2009, 1, 1));
        assertThat(SHIPPED.lastCoveredDay(jurisdiction)).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void eachJurisdictionHasItsOwnHolidays() {
        LocalDate stAndrewsDay = LocalDate.of(2022, 11, 30);
        LocalDate stPatricksDay = LocalDate.of(2022, 3, 17);
        LocalDate battleOfTheBoyne = LocalDate.of(2022, 7, 12);
        LocalDate easterMonday = LocalDate.of(2022, 4, 18);
        LocalDate summerInScotland = LocalDate.of(2022, 8, 1);
        LocalDate summerElsewhere = LocalDate.of(2022, 8, 29);

        assertThat(holidays(ENGLAND_AND_WALES, stAndrewsDay, stPatricksDay, battleOfTheBoyne, easterMonday,
                summerInScotland, summerElsewhere)).containsExactly(false, false, false, true, false, true);
        assertThat(holidays(SCOTLAND, stAndrewsDay, stPatricksDay, battleOfTheBoyne, easterMonday,
                summerInScotland, summerElsewhere)).containsExactly(true, false, false, false, true, false);
        assertThat(holidays(NORTHERN_IRELAND, stAndrewsDay, stPatricksDay, battleOfTheBoyne, easterMonday,
                summerInScotland, summerElsewhere)).containsExactly(false, true, true, true, false, true);
    }

    @Test
    void theYearCountsAgreeWithTheProvenanceNotes() {
        // SOURCES.md: E&W/Scotland/NI have 8/9/10 in ordinary years, with one-off extras in these years
        Map<Integer, List<Integer>> exceptions = Map.of(2011, List.of(9, 10, 11), 2012, List.of(9, 10, 11),
                2022, List.of(10, 11, 12), 2023, List.of(9, 10, 11), 2026, List.of(8, 10, 10));
        for (int year = 2009; year <= 2027; year++) {
            List<Integer> expected = exceptions.getOrDefault(year, List.of(8, 9, 10));
            assertThat(List.of(count(ENGLAND_AND_WALES, year), count(SCOTLAND, year), count(NORTHERN_IRELAND, year)))
                    .as("holidays in %d", year).isEqualTo(expected);
        }
    }

    @Test
    void aDateOutsideTheCoveredYearsIsUnknownNotAWorkingDay() {
        assertThatThrownBy(() -> SHIPPED.isBankHoliday(SCOTLAND, LocalDate.of(2028, 1, 3)))
                .isInstanceOf(OutsideCalendarRange.class);
        assertThatThrownBy(() -> SHIPPED.isBankHoliday(SCOTLAND, LocalDate.of(2008, 12, 25)))
                .isInstanceOf(OutsideCalendarRange.class);
    }

    @Test
    void theDetailedProvenanceFileListsTheSameHolidays() throws IOException {
        List<String> plain = firstTwoColumns("/bank-holidays/bank-holidays.csv");
        List<String> detailed = firstTwoColumns("/bank-holidays/bank-holidays-detailed.csv");
        assertThat(plain).hasSize(529).isEqualTo(detailed);
    }

    @Test
    void aWeekendDateIsRefusedBecauseTheFeedListsTheObservedDay() {
        assertThatThrownBy(() -> read("england-and-wales,2022-12-25,Christmas Day"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("weekend");
    }

    @Test
    void anUnknownDivisionIsRefused() {
        assertThatThrownBy(() -> read("wales,2022-12-26,Boxing Day"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2");
    }

    @Test
    void aYearMissingBetweenCoveredYearsIsRefused() {
        assertThatThrownBy(() -> read("""
                england-and-wales,2021-12-27,Christmas Day
                england-and-wales,2023-01-02,New Year’s Day
                scotland,2022-11-30,St Andrew’s Day
                northern-ireland,2022-03-17,St Patrick’s Day"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2022");
    }

    @Test
    void aJurisdictionWithoutHolidaysIsRefused() {
        assertThatThrownBy(() -> read("england-and-wales,2022-12-26,Boxing Day"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("scotland");
    }

    @Test
    void dataInTheShippedFormatIsReadWithTheYearsItCovers() {
        BankHolidays small = read("""
                england-and-wales,2022-12-26,Boxing Day
                scotland,2022-11-30,St Andrew’s Day
                northern-ireland,2022-03-17,St Patrick’s Day""");
        assertThat(small.isBankHoliday(SCOTLAND, LocalDate.of(2022, 11, 30))).isTrue();
        assertThat(small.lastCoveredDay(NORTHERN_IRELAND)).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThatThrownBy(() -> small.isBankHoliday(SCOTLAND, LocalDate.of(2023, 1, 2)))
                .isInstanceOf(OutsideCalendarRange.class);
    }

    private static BankHolidays read(String rows) {
        return BankHolidays.read(new StringReader("division,date,title\n" + rows + "\n"), "test.csv");
    }

    private static List<Boolean> holidays(Jurisdiction jurisdiction, LocalDate... dates) {
        return Arrays.stream(dates).map(date -> SHIPPED.isBankHoliday(jurisdiction, date)).toList();
    }

    private static int count(Jurisdiction jurisdiction, int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                .filter(date -> SHIPPED.isBankHoliday(jurisdiction, date)).mapToInt(date -> 1).sum();
    }

    private static List<String> firstTwoColumns(String resource) throws IOException {
        try (InputStream in = BankHolidaysTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",", 3)).map(fields -> fields[0] + "," + fields[1]).toList();
        }
    }
}
