package org.shanzhi.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the PostgreSQL server embedded in the application, keeping its data in a
 * directory across runs. A run that was killed leaves its server orphaned and a
 * {@code postmaster.pid} behind: the launcher stops the orphan and clears the stale file
 * before starting again.
 */
public final class EmbeddedPostgresLauncher {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private EmbeddedPostgresLauncher() {
	}

	/**
	 * @param durable fsync, synchronous commit and full-page writes on (the default for
	 * real data); off only for throw-away test databases
	 */
	public static EmbeddedPostgres start(Path dataDirectory, boolean durable, int port, boolean clean)
			throws IOException {
		Files.createDirectories(dataDirectory);
		ensureNotInUse(dataDirectory);
		recoverFromKilledRun(dataDirectory);
		String onOff = durable ? "on" : "off";
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(clean)
			.setRegisterShutdownHook(false) // the Spring context stops it, after the
											// connection pool
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("fsync", onOff)
			.setServerConfig("synchronous_commit", onOff)
			.setServerConfig("full_page_writes", onOff)
			.setServerConfig("timezone", "Asia/Shanghai")
			.setServerConfig("max_connections", "100");
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	/**
	 * Another live JVM holding the directory's lock means a second app on the same data:
	 * refuse.
	 */
	private static void ensureNotInUse(Path dataDirectory) throws IOException {
		Path lockFile = dataDirectory.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new IllegalStateException("The data directory " + dataDirectory.toAbsolutePath()
						+ " is in use by another running Shanzhi. Stop it, or point shanzhi.embedded-db.data-dir elsewhere.");
			}
			lock.release();
		}
		catch (java.nio.channels.OverlappingFileLockException ex) {
			throw new IllegalStateException("The data directory is already in use by this JVM", ex);
		}
	}

	/**
	 * Stops a server orphaned by a killed run and removes a stale {@code postmaster.pid}.
	 */
	static void recoverFromKilledRun(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<Long> pid = readPid(pidFile);
		Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isPresent() && looksLikePostgres(process.get())) {
			ProcessHandle orphan = process.get();
			log.warn("A PostgreSQL server (pid {}) from a previous run is still running on {}: stopping it.",
					orphan.pid(), dataDirectory);
			orphan.destroy(); // SIGTERM: smart shutdown, no clients are left
			if (!waitForExit(orphan, Duration.ofSeconds(15))) {
				signal(orphan.pid(), "INT"); // fast shutdown
				if (!waitForExit(orphan, Duration.ofSeconds(15))) {
					orphan.destroyForcibly();
					waitForExit(orphan, Duration.ofSeconds(10));
				}
			}
		}
		if (Files.exists(pidFile) && pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isEmpty()) {
			try {
				Files.deleteIfExists(pidFile);
				log.warn("Removed a stale postmaster.pid left by a previous run in {}", dataDirectory);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean looksLikePostgres(ProcessHandle process) {
		return process.info().command().map(c -> c.contains("postgres")).orElse(true);
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return !process.isAlive();
		}
	}

	private static void signal(long pid, String signal) {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
		}
		catch (IOException ex) {
			log.debug("could not signal {}", pid, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
