package org.shanzhi.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

	/**
	 * Every date of the platform is in Asia/Shanghai (X5); tests may replace the clock.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(org.shanzhi.shared.PeopleTime.ZONE);
	}

}
