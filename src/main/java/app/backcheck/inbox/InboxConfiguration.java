package app.backcheck.inbox;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention purge runs on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class InboxConfiguration {

}
