package org.shanzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shanzhi.platform.db.EmbeddedPostgresLauncher;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The embedded database keeps its data, runs durably, and recovers from a killed run. */
class EmbeddedPostgresLauncherTests {

	@TempDir
	Path dir;

	@Test
	void keepsDataAcrossRestartsWithFsyncAndSynchronousCommitOn() throws Exception {
		Path data = dir.resolve("pg");
		try (EmbeddedPostgres pg = EmbeddedPostgresLauncher.start(data, true, 0, false)) {
			JdbcClient jdbc = JdbcClient.create(pg.getPostgresDatabase());
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			jdbc.sql("create table kept (v text)").update();
			jdbc.sql("insert into kept values ('善治')").update();
		}
		try (EmbeddedPostgres pg = EmbeddedPostgresLauncher.start(data, true, 0, false)) {
			assertThat(
					JdbcClient.create(pg.getPostgresDatabase()).sql("select v from kept").query(String.class).single())
				.isEqualTo("善治");
		}
	}

	@Test
	void stopsTheServerOrphanedByAKilledRunAndStartsAgain() throws Exception {
		Path data = dir.resolve("pg");
		// a run that is killed with SIGKILL: its server stays up and holds postmaster.pid
		Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), KilledRun.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(run.getInputStream()))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals("READY")) {
				// wait until the child's server is up
			}
			assertThat(line).isEqualTo("READY");
			run.destroyForcibly().waitFor();
		}
		long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);
		try (EmbeddedPostgres pg = EmbeddedPostgresLauncher.start(data, true, 0, false)) {
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(JdbcClient.create(pg.getPostgresDatabase())
				.sql("select count(*) from survived")
				.query(Long.class)
				.single()).as("data written before the kill is still there").isEqualTo(1);
		}
	}

	/**
	 * The run that gets killed: starts the server, writes a row, says READY and waits.
	 */
	public static final class KilledRun {

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres pg = EmbeddedPostgresLauncher.start(Path.of(args[0]), true, 0, false);
			JdbcClient jdbc = JdbcClient.create(pg.getPostgresDatabase());
			jdbc.sql("create table survived (v int)").update();
			jdbc.sql("insert into survived values (1)").update();
			System.out.println("READY");
			System.out.flush();
			Thread.sleep(120_000);
		}

	}

	@Test
	void removesAStalePidFileWhoseProcessIsGone() throws Exception {
		Path data = dir.resolve("pg");
		try (EmbeddedPostgres pg = EmbeddedPostgresLauncher.start(data, false, 0, false)) {
			assertThat(pg.getPort()).isPositive();
		}
		// a pid file naming a process that no longer exists, as after a machine crash
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Files.writeString(data.resolve("postmaster.pid"), gone.pid() + "\n" + data + "\n");
		try (EmbeddedPostgres pg = EmbeddedPostgresLauncher.start(data, false, 0, false)) {
			assertThat(JdbcClient.create(pg.getPostgresDatabase()).sql("select 1").query(Integer.class).single())
				.isEqualTo(1);
		}
	}

}
