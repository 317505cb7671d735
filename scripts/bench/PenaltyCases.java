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
 * Load driver of the penalty-procedure benchmark (issue 23): CLIENTS threads each run whole
 * ordinary-procedure cases through the JSON API for SECONDS, ten steps a case, as an officer
 * and the head of the market bureau: registration with two officers, the head's filing, an
 * inquiry record, the investigation report, the prior notice of a warning, its delivery in
 * person, the party's waiver, the head's decision, its delivery, the head's closing (every
 * step audited; seven numbered documents). Prints cases and steps per second, failures and
 * the case latency percentiles.
 * Run as: java scripts/bench/PenaltyCases.java BASE OFFICER_TOKEN HEAD_TOKEN PARTIES OFFICER_IDS HELD_AT CLIENTS SECONDS
 */
public class PenaltyCases {

	static final int STEPS = 10;

	static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String officer = Files.readString(Path.of(args[1])).strip();
		String head = Files.readString(Path.of(args[2])).strip();
		List<String> parties = Files.readAllLines(Path.of(args[3])).stream().filter(s -> !s.isBlank()).toList();
		List<String> officers = Files.readAllLines(Path.of(args[4])).stream().filter(s -> !s.isBlank()).toList();
		String heldAt = args[5];
		int clients = Integer.parseInt(args[6]);
		int seconds = Integer.parseInt(args[7]);
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
						if (oneCase(http, base, officer, head, parties, officers, heldAt)) {
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
		System.out.printf("cases=%d seconds=%.1f cases/s=%.2f steps/s=%.1f failed=%d p50=%.0fms p99=%.0fms%n",
				sorted.size(), elapsed, sorted.size() / elapsed, STEPS * sorted.size() / elapsed, failures.get(),
				percentile(sorted, 0.5), percentile(sorted, 0.99));
	}

	static double percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, p * sorted.size())) / 1e6;
	}

	static boolean oneCase(HttpClient http, String base, String officer, String head, List<String> parties,
			List<String> officers, String heldAt) throws Exception {
		String party = parties.get(ThreadLocalRandom.current().nextInt(parties.size()));
		String occurred = java.time.LocalDate.now().minusDays(5).toString();
		String ids = "[\"" + officers.get(0) + "\",\"" + officers.get(1) + "\"]";
		String created = post(http, base + "/api/v1/enforcement-cases", officer, """
				{"partyId":"%s","violationCode":"PRICE-TAG","occurredOn":"%s","facts":"商品未明码标价",
				 "origin":"INSPECTION","officerIds":%s}
				""".formatted(party, occurred, ids), 201);
		if (created == null) {
			return false;
		}
		Matcher m = ID.matcher(created);
		if (!m.find()) {
			return false;
		}
		String c = base + "/api/v1/enforcement-cases/" + m.group(1);
		String basis = "{\"law\":\"《中华人民共和国价格法》\",\"article\":\"第四十二条\"}";
		String warning = "[{\"kind\":\"WARNING\"}]";
		return post(http, c + "/filing", head, "{\"approve\":true,\"note\":\"同意立案\"}", 200) != null
				&& post(http, c + "/records", officer, """
						{"kind":"INQUIRY","officerIds":%s,"heldAt":"%s","place":"当事人经营场所",
						 "interviewee":{"name":"店长","relation":"负责人"},"content":"问：商品为何未标价？答：新到的货。","partySigned":true}
						""".formatted(ids, heldAt), 201) != null
				&& post(http, c + "/investigation", officer, """
						{"findings":"商品未明码标价，事实清楚。","harm":"MODERATE","corrected":false,
						 "commitmentSigned":false,"rectificationVerified":false,"proposedPenalties":%s}
						""".formatted(warning), 200) != null
				&& proceed(http, base, officer, head, c, treatment(http, c, officer), warning, basis);
	}

	/** What the leniency lists propose for the case (a read, not a step of the procedure). */
	static String treatment(HttpClient http, String c, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(c + "/proposal"))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		Matcher m = Pattern.compile("\"treatment\":\"([A-Z_]+)\"")
			.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
		return m.find() ? m.group(1) : "STANDARD";
	}

	static boolean proceed(HttpClient http, String base, String officer, String head, String c, String treatment,
			String warning, String basis) throws Exception {
		if (treatment.equals("NO_PENALTY") || treatment.equals("NOT_ESTABLISHED")) {
			return false;
		}
		return post(http, c + "/prior-notice", officer, """
						{"treatment":"%s","penalties":%s,"facts":"商品未明码标价。","reasons":"违反价格法第十三条。",
						 "legalBasis":[%s],"hearingRight":true}
						""".formatted(treatment, warning, basis), 201) != null
				&& post(http, c + "/deliveries", officer,
						"{\"documentKind\":\"prior-notice-1\",\"method\":\"IN_PERSON\",\"recipient\":\"店长\"}", 201) != null
				&& post(http, c + "/statements", officer, """
						{"kind":"WAIVER","receivedAt":"%s","channel":"WRITTEN","waivesHearing":true}
						""".formatted(OffsetDateTime.now().withNano(0)), 201) != null
				&& post(http, c + "/decision", head, """
						{"treatment":"%s","penalties":%s,"reasons":"事实清楚，依法决定。","legalBasis":%s}
						""".formatted(treatment, warning, basis), 200) != null
				&& post(http, c + "/deliveries", officer,
						"{\"documentKind\":\"decision\",\"method\":\"IN_PERSON\",\"recipient\":\"店长\"}", 201) != null
				&& post(http, c + "/close", head, "{\"summary\":\"已执行完毕\"}", 200) != null;
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
			System.err.println(url.replaceAll("[0-9a-f-]{36}", "{id}") + " -> " + response.statusCode() + " "
					+ response.body().replaceAll("[0-9a-f-]{36}", "{id}"));
			return null;
		}
		return response.body();
	}

}
