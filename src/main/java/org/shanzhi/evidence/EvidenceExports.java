package org.shanzhi.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.shanzhi.evidence.internal.BlobStore;
import org.shanzhi.evidence.internal.CustodyLog;
import org.shanzhi.security.Actor;
import org.shanzhi.security.Actors;
import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export packages for a court or a reconsideration organ (E1): a zip of the chosen items'
 * files with {@code manifest.sha256} (the format of {@code sha256sum -c}),
 * {@code manifest.sm3}, each item's metadata and custody chain in {@code custody.json},
 * and a README saying how to verify it offline (the jar's {@code verify-evidence} mode
 * checks SM3 and the chains). The export is entered in each item's custody chain before
 * the files stream out.
 */
@Service
public class EvidenceExports {

	static final int MAX_ITEMS = 500;

	private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final EvidenceItems items;

	private final BlobStore store;

	private final CustodyLog custody;

	private final Actors actors;

	private final TransactionTemplate transactions;

	EvidenceExports(EvidenceItems items, BlobStore store, CustodyLog custody, Actors actors,
			TransactionTemplate transactions) {
		this.items = items;
		this.store = store;
		this.custody = custody;
		this.actors = actors;
		this.transactions = transactions;
	}

	/** A package ready to stream: the items and how to write it. */
	public record Package(List<EvidenceItems.EvidenceView> items, String purpose) {
	}

	/**
	 * Checks the items (in the actor's scope, not deleted) and enters the export in their
	 * custody chains; the package is then written by {@link #write}.
	 */
	public Package prepare(List<UUID> ids, String purpose) {
		Actor actor = actors.require(EvidenceItems.UPLOADERS);
		if (ids == null || ids.isEmpty() || ids.size() > MAX_ITEMS) {
			throw new FieldRejectedException("itemIds", ids == null || ids.isEmpty() ? "required" : "range");
		}
		if (purpose == null || purpose.isBlank() || purpose.length() > 500) {
			throw new FieldRejectedException("purpose",
					purpose == null || purpose.isBlank() ? "required" : "textTooLong");
		}
		List<EvidenceItems.EvidenceView> chosen = new ArrayList<>();
		for (UUID id : new LinkedHashSet<>(ids)) {
			EvidenceItems.EvidenceView item = items.get(id);
			if (item.deletedAt() != null) {
				throw RuleViolationException.conflict("evidence-deleted");
			}
			chosen.add(item);
		}
		OffsetDateTime now = OffsetDateTime.now();
		transactions.executeWithoutResult(t -> chosen.forEach(i -> custody.append(i.id(), "EXPORTED", actor.accountId(),
				actor.displayName(), now, purpose.strip() + "（共 " + chosen.size() + " 件）")));
		return new Package(chosen, purpose.strip());
	}

	/** Streams the package as a zip. */
	public void write(Package p, OutputStream out) throws IOException {
		StringBuilder sha256 = new StringBuilder();
		StringBuilder sm3 = new StringBuilder();
		List<Map<String, Object>> described = new ArrayList<>();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			int n = 0;
			byte[] buffer = new byte[1 << 20];
			for (EvidenceItems.EvidenceView item : p.items()) {
				String name = String.format("files/%03d-%s", ++n, safe(item.filename()));
				zip.putNextEntry(new ZipEntry(name));
				try (InputStream in = store.read(item.sha256(), 0)) {
					int r;
					while ((r = in.read(buffer)) > 0) {
						zip.write(buffer, 0, r);
					}
				}
				zip.closeEntry();
				sha256.append(item.sha256()).append("  ").append(name).append('\n');
				sm3.append(item.sm3()).append("  ").append(name).append('\n');
				Map<String, Object> d = new LinkedHashMap<>();
				d.put("file", name);
				d.put("item", item);
				d.put("custody", custody.entries(item.id()));
				described.add(d);
			}
			text(zip, "manifest.sha256", sha256.toString());
			text(zip, "manifest.sm3", sm3.toString());
			text(zip, "custody.json", JSON.writeValueAsString(
					Map.of("purpose", p.purpose(), "exportedAt", OffsetDateTime.now().toString(), "items", described)));
			text(zip, "README.txt", """
					善治 证据导出包 / Shanzhi evidence export

					1. 解压后在本目录执行 / after unzipping, run here:
					       sha256sum -c manifest.sha256
					   每个文件应显示 OK / every file must print OK.
					2. SM3 与保管链 / SM3 and the custody chains:
					       java -jar shanzhi.jar verify-evidence <本目录或 zip 文件 / this directory or the zip>
					   逐一重算 SM3（GB/T 32905）与 SHA-256，并校验每件证据保管链的哈希链接。
					   recomputes SM3 (GB/T 32905) and SHA-256 of each file and checks each custody chain.
					""");
		}
	}

	private static void text(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String safe(String filename) {
		String s = filename.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return s.isEmpty() ? "file" : s;
	}

}
