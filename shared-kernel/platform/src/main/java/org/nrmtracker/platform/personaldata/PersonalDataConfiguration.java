package org.nrmtracker.platform.personaldata;

import com.mongodb.client.MongoDatabase;
import org.nrmtracker.kernel.personaldata.DataKeys;
import org.nrmtracker.kernel.personaldata.MasterKeys;
import org.nrmtracker.kernel.personaldata.PersonalData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;

/** Personal data sealed with a key per referral, the keys wrapped by the configured master keys (docs/personal-data.md). */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    @Bean
    MasterKeys masterKeys(@Value("${nrm.personal-data.master-keys:}") String inline,
                          @Value("${nrm.personal-data.master-keys-file:}") String file,
                          @Value("${nrm.personal-data.local-master-keys-file:${user.home}/.nrm-tracker/master-keys}")
                          String localDefault, @Value("${nrm.oauth.issuer-uri:}") String issuer, Clock clock) {
        return MasterKeySettings.load(inline, file, Path.of(localDefault), !issuer.isBlank(), clock);
    }

    @Bean
    PersonalData personalData(MongoDatabase database, MasterKeys masterKeys, Clock clock) {
        return new PersonalData(new DataKeys(database, masterKeys, clock));
    }
}
