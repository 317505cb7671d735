package org.shanzhi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.shanzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: a message written in a transaction is delivered after it commits (by the
 * log adapter here) and nothing is sent for a transaction rolled back; the SMS adapter
 * posts the message to the configured gateway with its key.
 */
class NotificationTests extends IntegrationTest {

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	String status(UUID id) {
		return jdbc.sql("select coalesce(max(status), 'NONE') from notification.message where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void aMessageIsDeliveredAfterItsTransactionCommitsAndNeverForOneRolledBack() throws Exception {
		UUID sent = transactions.execute(t -> notifications.send(Channel.SMS, "13800000000", "TEST", "测试消息"));
		for (int i = 0; i < 100 && !status(sent).equals("SENT"); i++) {
			Thread.sleep(50);
		}
		assertThat(status(sent)).isEqualTo("SENT");
		assertThat(jdbc.sql("select adapter from notification.message where id = :id")
			.param("id", sent)
			.query(String.class)
			.single()).isEqualTo("log");
		UUID[] rolledBack = new UUID[1];
		transactions.executeWithoutResult(t -> {
			rolledBack[0] = notifications.send(Channel.SMS, "13800000000", "TEST", "不应发出");
			t.setRollbackOnly();
		});
		Thread.sleep(300);
		assertThat(status(rolledBack[0])).isEqualTo("NONE");
	}

	@Test
	void theSmsAdapterPostsToTheGatewayWithItsKey() throws Exception {
		HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicReference<String> body = new AtomicReference<>();
		AtomicReference<String> auth = new AtomicReference<>();
		gateway.createContext("/sms", exchange -> {
			body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			auth.set(exchange.getRequestHeaders().getFirst("Authorization"));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		gateway.start();
		try {
			var ctor = Class.forName("org.shanzhi.notification.internal.HttpSmsSender")
				.getDeclaredConstructor(String.class, String.class, String.class);
			ctor.setAccessible(true);
			MessageSender sms = (MessageSender) ctor
				.newInstance("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms", "secret-key", "善治");
			assertThat(sms.supports(Channel.SMS)).isTrue();
			assertThat(sms.supports(Channel.WECHAT)).isFalse();
			sms.send(Channel.SMS, "13900000000", "您的验证码是 123456");
			assertThat(auth.get()).isEqualTo("Bearer secret-key");
			assertThat(body.get()).contains("\"phone\":\"13900000000\"").contains("123456").contains("善治");
		}
		finally {
			gateway.stop(0);
		}
	}

}
