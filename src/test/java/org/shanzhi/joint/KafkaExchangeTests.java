package org.shanzhi.joint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.security.SharedRecordType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.ActiveProfiles;

/**
 * With the profile {@code kafka}, the shared events go to Kafka (an embedded KRaft broker
 * here): a proposed sharing rule arrives on its documented topic, keyed by the rule, as
 * the JSON of its schema. Runs its own application context and embedded database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "shanzhi.embedded-db.data-dir=./target/test-db-kafka",
				"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}" })
@ActiveProfiles({ "test", "kafka" })
@EmbeddedKafka(partitions = 1, topics = "shanzhi.joint.sharing-rule-changed")
class KafkaExchangeTests {

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	SharingRules rules;

	@Autowired
	Accounts accounts;

	@Test
	void aSharedEventArrivesOnItsTopicKeyedAndInTheDocumentedJson() {
		Actor head = accounts.findByUsername("demo-head-amr").orElseThrow().actor();
		Actor eco = accounts.findByUsername("demo-officer-eco").orElseThrow().actor();
		LocalDate today = LocalDate.now(org.shanzhi.shared.PeopleTime.ZONE);
		SharingRules.RuleView rule = Actors.runAs(head, () -> rules.propose(new SharingRules.Proposal(eco.agencyId(),
				Set.of(SharedRecordType.VIOLATIONS), "食品企业环境违法联合研判", null, today, today.plusMonths(2))));

		Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "exchange-test", false);
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
				new StringDeserializer())
			.createConsumer()) {
			broker.consumeFromAnEmbeddedTopic(consumer, "shanzhi.joint.sharing-rule-changed");
			ConsumerRecord<String, String> record = KafkaTestUtils.getSingleRecord(consumer,
					"shanzhi.joint.sharing-rule-changed", Duration.ofSeconds(30));
			assertThat(record.key()).isEqualTo(rule.id().toString());
			assertThat(record.value()).contains("\"ruleId\":\"" + rule.id() + "\"")
				.contains("\"action\":\"PROPOSED\"")
				.contains("食品企业环境违法联合研判");
		}
	}

}
