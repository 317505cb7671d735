package org.shanzhi.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.transaction.annotation.Transactional;

/**
 * One part of the demo city, loaded after start-up when {@code shanzhi.demo.enabled} is
 * true (the default; {@code false} in the {@code prod} profile).
 *
 * <p>
 * The switch is read when the application runs, not when its beans are defined, so that
 * the bean definitions prepared at build time (ADR 0019) serve both settings. Each part
 * is loaded in one transaction: a start stopped half-way through loading leaves nothing
 * of that part behind, so the next start loads it again instead of finding it half there
 * (every part checks first whether it is already loaded). While a part loads (a few
 * seconds, on the first start only) it holds the audit trail's lock, so audited changes
 * made meanwhile by people already signed in wait for it.
 */
abstract class DemoLoader implements ApplicationRunner {

	private boolean enabled;

	@org.springframework.beans.factory.annotation.Autowired
	void setEnabled(@Value("${shanzhi.demo.enabled:false}") boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.enabled) {
			loadDemo();
		}
	}

	/** Loads this part of the demo city unless it is already there. */
	abstract void loadDemo();

}
