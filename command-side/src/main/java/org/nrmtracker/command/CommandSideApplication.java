package org.nrmtracker.command;

import org.nrmtracker.platform.Platform;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The write side: support providers post referral events here (docs/api.md §3). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(Platform.class)
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
