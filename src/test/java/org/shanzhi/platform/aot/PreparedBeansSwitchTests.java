package org.shanzhi.platform.aot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;

/**
 * The prepared bean definitions are used only where they fit: settings as at build time,
 * the application run from a jar; a differing setting is named.
 */
class PreparedBeansSwitchTests {

	@AfterEach
	void clear() {
		System.clearProperty(AotDetector.AOT_ENABLED);
	}

	private static MockEnvironment asBuilt() {
		return new MockEnvironment().withProperty("spring.autoconfigure.exclude[0]", "a.b.KafkaAutoConfiguration")
			.withProperty("spring.autoconfigure.exclude[1]", "a.b.KafkaMetricsAutoConfiguration")
			.withProperty("management.endpoints.web.exposure.include", "health,info");
	}

	@Test
	void theSameSettingsDifferInNothingWhateverTheirForm() {
		Properties recorded = BuildTimeSettings.of(asBuilt());
		assertThat(BuildTimeSettings.differing(recorded, asBuilt())).isEmpty();
		MockEnvironment asOneLine = new MockEnvironment()
			.withProperty("spring.autoconfigure.exclude",
					"a.b.KafkaAutoConfiguration, a.b.KafkaMetricsAutoConfiguration")
			.withProperty("management.endpoints.web.exposure.include", "health,info");
		assertThat(BuildTimeSettings.differing(recorded, asOneLine)).isEmpty();
	}

	@Test
	void aWatchedSettingChangedAtRunTimeIsNamed() {
		Properties recorded = BuildTimeSettings.of(asBuilt());
		MockEnvironment kafka = asBuilt().withProperty("spring.autoconfigure.exclude", "")
			.withProperty("shanzhi.exchange.transport", "kafka");
		assertThat(BuildTimeSettings.differing(recorded, kafka))
			.containsExactlyInAnyOrder("spring.autoconfigure.exclude", "shanzhi.exchange.transport");
		assertThat(BuildTimeSettings.differing(recorded,
				asBuilt().withProperty("management.endpoints.web.exposure.include", "*")))
			.containsExactly("management.endpoints.web.exposure.include");
	}

	@Test
	void aFamilyOfSettingsIsWatchedWhateverItsSource() {
		Properties recorded = BuildTimeSettings.of(asBuilt());
		MockEnvironment healthOff = asBuilt();
		healthOff.getPropertySources()
			.addFirst(new org.springframework.core.env.SystemEnvironmentPropertySource(
					org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					java.util.Map.of("MANAGEMENT_HEALTH_DB_ENABLED", "false")));
		assertThat(BuildTimeSettings.differing(recorded, healthOff)).containsExactly("management.health.*");
	}

	@Test
	void theOptionGivenAsAnArgumentOrVariableDecides() {
		SpringApplication application = new SpringApplication();
		application.setMainApplicationClass(Test.class);
		new PreparedBeansSwitch(new DeferredLogs())
			.postProcessEnvironment(asBuilt().withProperty("spring.aot.enabled", "false"), application);
		assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isNull();
		new PreparedBeansSwitch(new DeferredLogs())
			.postProcessEnvironment(asBuilt().withProperty("spring.aot.enabled", "true"), application);
		assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isEqualTo("true");
	}

	@Test
	void settingsReadAtRunTimeAreNotWatched() {
		Properties recorded = BuildTimeSettings.of(asBuilt());
		MockEnvironment production = asBuilt().withProperty("spring.datasource.url", "jdbc:postgresql://db/shanzhi")
			.withProperty("shanzhi.demo.enabled", "false")
			.withProperty("shanzhi.notification.sms.url", "https://sms.example")
			.withProperty("server.port", "9090");
		assertThat(BuildTimeSettings.differing(recorded, production)).isEmpty();
	}

	@Test
	void aRunFromADirectoryIsNotARunFromAJar() {
		assertThat(PreparedBeansSwitch.fromJar(PreparedBeansSwitchTests.class)).as("target/test-classes").isFalse();
		assertThat(PreparedBeansSwitch.fromJar(Test.class)).as("junit's jar").isTrue();
	}

	@Test
	void leavesTheChoiceAloneWhenNotRunFromAJar() {
		SpringApplication application = new SpringApplication();
		application.setMainApplicationClass(PreparedBeansSwitchTests.class);
		new PreparedBeansSwitch(new DeferredLogs()).postProcessEnvironment(asBuilt(), application);
		assertThat(System.getProperty(AotDetector.AOT_ENABLED)).isNull();
	}

}
