package org.shanzhi.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.shanzhi.evidence.internal.CustodyLog;
import org.shanzhi.evidence.internal.Digests;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies an evidence export offline, without a database or a running platform
 * ({@code java -jar shanzhi.jar verify-evidence <zip or directory>}): recomputes SHA-256
 * and SM3 of every file and compares them with {@code manifest.sha256} and
 * {@code manifest.sm3}, and checks that each item's custody chain links up from the
 * genesis. Prints a line per file and chain; exit code 0 when everything holds, 1
 * otherwise, 2 when the package cannot be read.
 */
public final class PackageVerifier {

	private PackageVerifier() {
	}

	public static int run(String[] args, PrintStream out) {
		if (args.length != 1) {
			out.println("usage: java -jar shanzhi.jar verify-evidence <export.zip | export directory>");
			return 2;
		}
		Path path = Path.of(args[0]);
		try {
			return Files.isDirectory(path) ? verify(new DirSource(path), out) : verifyZip(path, out);
		}
		catch (IOException | RuntimeException ex) {
			out.println("cannot read the package: " + ex.getMessage());
			return 2;
		}
	}

	interface Source {

		InputStream open(String name) throws IOException;

	}

	record DirSource(Path root) implements Source {

		@Override
		public InputStream open(String name) throws IOException {
			Path p = root.resolve(name).normalize();
			if (!p.startsWith(root.normalize())) {
				throw new IOException("path outside the package: " + name);
			}
			return Files.newInputStream(p);
		}

	}

	private static int verifyZip(Path zipPath, PrintStream out) throws IOException {
		try (ZipFile zip = new ZipFile(zipPath.toFile(), StandardCharsets.UTF_8)) {
			return verify(name -> {
				ZipEntry e = zip.getEntry(name);
				if (e == null) {
					throw new IOException("missing in the package: " + name);
				}
				return zip.getInputStream(e);
			}, out);
		}
	}

	static int verify(Source source, PrintStream out) throws IOException {
		Map<String, String> sha256 = manifest(source, "manifest.sha256");
		Map<String, String> sm3 = manifest(source, "manifest.sm3");
		int failures = 0;
		for (Map.Entry<String, String> e : sha256.entrySet()) {
			String name = e.getKey();
			Digests d = new Digests();
			try (InputStream in = source.open(name)) {
				byte[] buffer = new byte[1 << 20];
				int n;
				while ((n = in.read(buffer)) > 0) {
					d.update(buffer, 0, n);
				}
			}
			catch (IOException ex) {
				out.println(name + ": MISSING");
				failures++;
				continue;
			}
			String[] h = d.finish();
			boolean ok = h[0].equals(e.getValue()) && h[1].equals(sm3.get(name));
			out.println(name + ": " + (ok ? "OK (SHA-256, SM3)" : "FAILED"));
			failures += ok ? 0 : 1;
		}
		JsonNode custody;
		try (InputStream in = source.open("custody.json")) {
			custody = JsonMapper.builder().build().readTree(in);
		}
		if (custody.get("items").size() != sha256.size()) {
			out.println("the manifest lists " + sha256.size() + " files, the custody record "
					+ custody.get("items").size() + " items: FAILED");
			failures++;
		}
		for (JsonNode item : custody.get("items")) {
			// each file's manifest line must be the hash recorded for its item at upload
			String file = item.get("file").asString();
			String recorded = item.get("item").get("sha256").asString();
			String recordedSm3 = item.get("item").get("sm3").asString();
			boolean uploaded = false;
			for (JsonNode c : item.get("custody")) {
				if (c.get("action").asString().equals("UPLOADED") && c.get("detail").asString().contains(recorded)
						&& c.get("detail").asString().contains(recordedSm3)) {
					uploaded = true;
				}
			}
			if (!recorded.equals(sha256.get(file)) || !recordedSm3.equals(sm3.get(file)) || !uploaded) {
				out.println(file + ": the manifest does not match the hashes recorded at upload: FAILED");
				failures++;
			}
			List<CustodyLog.Entry> entries = new ArrayList<>();
			for (JsonNode c : item.get("custody")) {
				entries.add(new CustodyLog.Entry(UUID.fromString(c.get("itemId").asString()), c.get("seq").asInt(),
						c.get("action").asString(), UUID.fromString(c.get("actor").asString()),
						c.get("actorName").asString(), OffsetDateTime.parse(c.get("at").asString()),
						c.get("detail").isNull() ? null : c.get("detail").asString(), c.get("prevHash").asString(),
						c.get("hash").asString()));
			}
			boolean ok = CustodyLog.intact(entries);
			out.println("custody of " + item.get("file").asString() + ": "
					+ (ok ? "OK (" + entries.size() + " entries)" : "BROKEN"));
			failures += ok ? 0 : 1;
		}
		out.println(failures == 0 ? "ALL OK" : failures + " FAILED");
		return failures == 0 ? 0 : 1;
	}

	private static Map<String, String> manifest(Source source, String name) throws IOException {
		Map<String, String> out = new HashMap<>();
		try (InputStream in = source.open(name)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.length() > 66) {
					out.put(line.substring(66), line.substring(0, 64));
				}
			}
		}
		return out;
	}

}
