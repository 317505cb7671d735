import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver of the mediation benchmark (issue 5): CLIENTS threads each run whole GENERAL
 * lifecycles through the JSON API for SECONDS: start a case, both parties' consents, the
 * acceptance decision, a session with its transcript, the agreement signed by both
 * (6 requests; the acceptance notice and the agreement are numbered). Prints completed
 * lifecycles per second, failed requests, and the lifecycle latency percentiles.
 * Run as a single-file program: java scripts/bench/MediationLifecycles.java BASE TOKEN PARTIES CLIENTS SECONDS
 */
public class MediationLifecycles {

	static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = Files.readString(Path.of(args[1])).strip();
		List<String> parties = Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank()).toList();
		int clients = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong failures = new AtomicLong();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		List<Thread> threads = new ArrayList<>();
		long started = System.nanoTime();
		for (int t = 0; t < clients; t++) {
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					long begin = System.nanoTime();
					try {
						if (lifecycle(http, base, token, parties)) {
							latencies.add(System.nanoTime() - begin);
						}
						else {
							failures.incrementAndGet();
						}
					}
					catch (Exception ex) {
						failures.incrementAndGet();
					}
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("lifecycles=%d seconds=%.1f lifecycles/s=%.1f failed=%d p50=%.0fms p99=%.0fms%n",
				sorted.size(), elapsed, sorted.size() / elapsed, failures.get(), percentile(sorted, 0.5),
				percentile(sorted, 0.99));
	}

	static double percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, p * sorted.size())) / 1e6;
	}

	static boolean lifecycle(HttpClient http, String base, String token, List<String> parties) throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String a = parties.get(random.nextInt(parties.size()));
		String r;
		do {
			r = parties.get(random.nextInt(parties.size()));
		}
		while (r.equals(a));
		String created = post(http, base + "/api/v1/mediation-cases", token, """
				{"procedure":"GENERAL","origin":"APPLICATION","disputeType":"CONSUMER",
				 "summary":"消费者购买的电热水器漏水，要求退货退款，商家只同意维修。",
				 "parties":[{"partyId":"%s","role":"APPLICANT"},{"partyId":"%s","role":"RESPONDENT"}]}
				""".formatted(a, r), 201);
		if (created == null) {
			return false;
		}
		Matcher m = ID.matcher(created);
		if (!m.find()) {
			return false;
		}
		String c = base + "/api/v1/mediation-cases/" + m.group(1);
		String at = OffsetDateTime.now().plusDays(2).withNano(0).toString();
		return post(http, c + "/consents", token, "{\"partyId\":\"%s\",\"consented\":true}".formatted(a), 200) != null
				&& post(http, c + "/consents", token, "{\"partyId\":\"%s\",\"consented\":true}".formatted(r), 200) != null
				&& post(http, c + "/acceptance", token, """
						{"accepted":true,"sessionAt":"%s","place":"河洛市市场监督管理局调解室","notes":"请携带购买凭证"}
						""".formatted(at), 200) != null
				&& post(http, c + "/sessions", token, """
						{"heldAt":"%s","attendees":["%s","%s","调解员赵某"],"statements":"申请人陈述漏水经过；被申请人称系安装不当。",
						 "focus":"漏水原因与退款责任","transcript":"调解员告知双方权利义务和调解程序，双方表示知悉。双方陈述、质证后同意协商解决。"}
						""".formatted(at, a, r), 200) != null
				&& post(http, c + "/agreement", token, """
						{"factsFound":"热水器内胆焊缝存在质量缺陷。","terms":"被申请人于三日内退还货款 2,300 元，申请人退回热水器。",
						 "signatures":[{"partyId":"%s"},{"partyId":"%s"}]}
						""".formatted(a, r), 200) != null;
	}

	static String post(HttpClient http, String url, String token, String body, int expected) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			System.err.println(url + " -> " + response.statusCode() + " " + response.body());
			return null;
		}
		return response.body();
	}

}
