package org.nrmtracker.query.timeline;

import jakarta.servlet.Filter;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.nrmtracker.platform.openapi.ApiDocs;
import org.nrmtracker.platform.security.ResourceServerSecurity;
import org.nrmtracker.query.SealedSubjectRefs;
import org.nrmtracker.query.calendar.BankHolidays;
import org.nrmtracker.query.problem.QuerySideProblems;
import org.nrmtracker.query.referral.ReferralRecord;
import org.nrmtracker.query.referral.ReferralRecords;
import org.nrmtracker.query.security.QuerySideAccess;
import org.nrmtracker.query.security.TrustTestTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.nrmtracker.kernel.referral.DecisionOutcome.POSITIVE;

/**
 * The timeline endpoints (docs/api.md §4.1, §4.2) with their security, over the referrals a test gives, on
 * {@link TimelineControllerTest#LONDON_CLOCK}: each test's {@code @Configuration} extends it and names its referrals.
 */
@EnableWebMvc
@ComponentScan(basePackageClasses = {QuerySideProblems.class, BankHolidays.class})
@Import({TimelineController.class, Timelines.class, TimelineConfiguration.class, ResourceServerSecurity.class,
        QuerySideAccess.class, ApiDocs.class, TrustTestTokens.class})
abstract class TimelineWeb {

    /** The referrals as recorded; the view answers {@code all()} as in effect, as the real one does. */
    abstract List<ReferralRecord> referrals();

    @Bean
    Clock clock() {
        return TimelineControllerTest.LONDON_CLOCK;
    }

    @Bean
    PersonalData personalData() {
        return SealedSubjectRefs.IN_MEMORY;
    }

    @Bean
    ReferralRecords referralRecords() {
        List<ReferralRecord> recorded = referrals();
        return new ReferralRecords() {
            @Override
            public Optional<ReferralRecord> byId(String referralId) {
                return recorded.stream().filter(r -> r.referralId().equals(referralId)).findFirst();
            }

            @Override
            public Collection<ReferralRecord> all() {
                return ReferralRecords.inEffect(recorded);
            }
        };
    }

    /** Requests through the security filter chain, as a client's reach the application. */
    static DefaultMockMvcBuilder http(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean(AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME, Filter.class));
    }

    /** A referral with a positive RG decision, made by {@code organisation}, its subjectRef sealed as stored. */
    static ReferralRecord referral(String id, String organisation, String subjectRef, String referredOn) {
        ReferralRecord history = ReferralHistory.referredOn(referredOn).reasonableGrounds("2024-03-10", POSITIVE)
                .record();
        return new ReferralRecord(id, organisation, history.referredOn(), history.jurisdiction(),
                history.firstResponderType(), SealedSubjectRefs.token(id, subjectRef), history.ageAtExploitation(),
                history.gender(), history.nationalities(), history.exploitationTypes(),
                history.exploitationLocation(), history.countyLines(), history.events());
    }
}
