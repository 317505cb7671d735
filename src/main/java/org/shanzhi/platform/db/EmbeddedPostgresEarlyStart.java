package org.shanzhi.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the embedded PostgreSQL on a background thread as soon as the environment is
 * known, so that the server boots while the application context is being built (about a
 * second saved on start-up, see docs/performance.md). The {@code embeddedServer} bean
 * then takes the running server; if the context fails before that, the server is stopped
 * with it.
 */
public class EmbeddedPostgresEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "shanzhiEmbeddedPostgresEarlyStart";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!EmbeddedDatabaseSettings.wanted(context.getEnvironment())
				|| context.getBeanFactory().containsSingleton(BEAN_NAME)
				|| Boolean.getBoolean(org.springframework.context.aot.AbstractAotProcessor.AOT_PROCESSING)) {
			// (the build preparing the bean definitions needs no database)
			return;
		}
		Handle handle = new Handle(EmbeddedDatabaseSettings.from(context.getEnvironment()));
		context.getBeanFactory().registerSingleton(BEAN_NAME, handle);
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				handle.closeIfNotTaken();
			}
		});
	}

	/** A server being started for one context's settings. */
	static final class Handle {

		private final EmbeddedDatabaseSettings settings;

		private final CompletableFuture<EmbeddedPostgres> server;

		private final AtomicBoolean taken = new AtomicBoolean();

		Handle(EmbeddedDatabaseSettings settings) {
			this.settings = settings;
			this.server = new CompletableFuture<>();
			Thread starter = new Thread(() -> {
				try {
					this.server.complete(EmbeddedDatabaseConfiguration.launch(settings));
				}
				catch (Throwable ex) {
					this.server.completeExceptionally(ex);
				}
			}, "embedded-postgres-start");
			starter.setDaemon(true);
			starter.start();
		}

		/**
		 * The running server, if it was started for these settings; the caller owns it.
		 */
		EmbeddedPostgres take(EmbeddedDatabaseSettings wanted) throws IOException {
			if (!this.settings.equals(wanted) || !this.taken.compareAndSet(false, true)) {
				return null;
			}
			try {
				return this.server.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof IOException io) {
					throw io;
				}
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new UncheckedIOException(new IOException(ex.getCause()));
			}
		}

		void closeIfNotTaken() {
			if (this.taken.compareAndSet(false, true)) {
				this.server.thenAccept(postgres -> {
					try {
						postgres.close();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}).exceptionally(ex -> null).join();
			}
		}

	}

}
