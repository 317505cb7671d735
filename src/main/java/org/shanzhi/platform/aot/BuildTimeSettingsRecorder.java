package org.shanzhi.platform.aot;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * At build time, while Spring AOT prepares the bean definitions, records the watched
 * settings' values ({@link BuildTimeSettings}) next to the generated code, so that a run
 * can tell whether the prepared definitions fit its settings.
 */
public class BuildTimeSettingsRecorder implements BeanFactoryInitializationAotProcessor {

	@Override
	public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
		Environment environment = beanFactory.getBean(Environment.class);
		java.io.StringWriter text = new java.io.StringWriter();
		try {
			BuildTimeSettings.of(environment).store(text, "settings the prepared bean definitions assume");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return (generationContext, code) -> generationContext.getGeneratedFiles()
			.addResourceFile(BuildTimeSettings.RESOURCE, text.toString());
	}

}
