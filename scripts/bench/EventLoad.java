import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver of the event-to-warning benchmark (issue 7): opens enforcement cases (origin
 * COMPLAINT) for random parties at a fixed RATE per second for SECONDS, each an event that
 * rescores its party; a party's second or third case raises it to HIGH and opens a warning.
 * Prints the requests sent and the failed ones.
 * java scripts/bench/EventLoad.java BASE TOKEN_FILE PARTIES_FILE RATE SECONDS
 */
public class EventLoad {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = Files.readString(Path.of(args[1])).strip();
		List<String> parties = Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank()).toList();
		int rate = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(16))
			.build();
		AtomicLong sent = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		String day = LocalDate.now().minusDays(1).toString();
		ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
		long periodMicros = 1_000_000L / rate;
		timer.scheduleAtFixedRate(() -> {
			String party = parties.get(ThreadLocalRandom.current().nextInt(parties.size()));
			String body = "{\"partyId\":\"%s\",\"violationCode\":\"PRICE-TAG\",\"occurredOn\":\"%s\",\"facts\":\"投诉商品未标价\",\"origin\":\"COMPLAINT\"}"
				.formatted(party, day);
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/enforcement-cases"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			sent.incrementAndGet();
			http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenAccept(r -> {
				if (r.statusCode() != 201) {
					failed.incrementAndGet();
				}
			}).exceptionally(e -> {
				failed.incrementAndGet();
				return null;
			});
		}, 0, periodMicros, TimeUnit.MICROSECONDS);
		Thread.sleep(seconds * 1000L);
		timer.shutdownNow();
		Thread.sleep(3000);
		System.out.printf("sent=%d failed=%d rate=%d/s seconds=%d%n", sent.get(), failed.get(), rate, seconds);
		System.exit(0);
	}

}
