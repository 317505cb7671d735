import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver of the portal benchmark (issue 8): USERS concurrent members of the public for
 * SECONDS, each in a loop — submit an application (its own random phone, an Idempotency-Key),
 * wait THINK_MS (±50 %), track it by number and phone, wait again — a thread each, one HTTP
 * client. THINK_MS 0 drives the server flat out. Prints per endpoint the requests,
 * their statuses and the latency p50, p95, p99 and max in milliseconds.
 * java scripts/bench/PortalLoad.java BASE USERS SECONDS THINK_MS
 */
public class PortalLoad {

	record Sample(String endpoint, int status, long micros) {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int users = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		int think = Integer.parseInt(args[3]);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			Thread thread = new Thread(() -> {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				pause(random.nextInt(Math.max(1, think + 1)));
				while (System.nanoTime() < end) {
					String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
					String body = """
							{"serviceItemCode":"AMR-TS-01","details":{"complainedOf":"压测被投诉商户"},"applicant":{"name":"压测用户","phone":"%s"},
							 "content":"门店出售过期食品，请依法查处。"}""".formatted(phone);
					try {
						HttpResponse<String> created = timed(http, samples, "submit",
								HttpRequest.newBuilder(URI.create(base + "/api/v1/public/applications"))
									.header("Content-Type", "application/json")
									.header("Idempotency-Key", UUID.randomUUID().toString())
									.POST(HttpRequest.BodyPublishers.ofString(body))
									.build());
						pause(jitter(think, random));
						if (created.statusCode() == 201) {
							String number = created.body().replaceAll(".*\"trackingNumber\":\"([A-Z0-9]+)\".*", "$1");
							timed(http, samples, "track", HttpRequest
								.newBuilder(URI.create(base + "/api/v1/public/applications/" + number + "?phone=" + phone))
								.GET()
								.build());
							pause(jitter(think, random));
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread t : threads) {
			t.join();
		}
		report(samples, errors.get(), users, seconds, think);
	}

	static HttpResponse<String> timed(HttpClient http, ConcurrentLinkedQueue<Sample> samples, String endpoint,
			HttpRequest request) throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		samples.add(new Sample(endpoint, response.statusCode(), (System.nanoTime() - started) / 1000));
		return response;
	}

	static int jitter(int think, ThreadLocalRandom random) {
		return think == 0 ? 0 : think / 2 + random.nextInt(think + 1);
	}

	static void pause(int millis) {
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	static void report(ConcurrentLinkedQueue<Sample> samples, long errors, int users, int seconds, int think) {
		Map<String, List<Sample>> byEndpoint = new TreeMap<>();
		for (Sample s : samples) {
			byEndpoint.computeIfAbsent(s.endpoint(), k -> new ArrayList<>()).add(s);
			byEndpoint.computeIfAbsent("all", k -> new ArrayList<>()).add(s);
		}
		System.out.printf("users=%d seconds=%d think=%dms requests=%d (%.0f/s) transport-errors=%d%n", users, seconds,
				think, samples.size(), samples.size() / (double) seconds, errors);
		byEndpoint.forEach((endpoint, list) -> {
			List<Long> micros = new ArrayList<>(list.stream().map(Sample::micros).toList());
			Collections.sort(micros);
			Map<Integer, Long> statuses = new TreeMap<>();
			list.forEach(s -> statuses.merge(s.status(), 1L, Long::sum));
			System.out.printf("%-6s n=%d statuses=%s p50=%.1f p95=%.1f p99=%.1f max=%.1f ms%n", endpoint, list.size(),
					statuses, at(micros, 0.50), at(micros, 0.95), at(micros, 0.99),
					micros.get(micros.size() - 1) / 1000.0);
		});
	}

	static double at(List<Long> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1000.0;
	}

}
