package org.shanzhi.platform.web;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The API document ({@code /v3/api-docs}) names each schema by its module and the classes
 * that enclose it ({@code joint.JointApiController.Answer}), not by its simple name
 * alone: two request bodies called {@code Answer} in different modules used to be merged
 * into one schema, and a client generated from the document sent the wrong fields (issue
 * 21).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String ROOT = "org.shanzhi.";

	/**
	 * Registered first among the document's model converters, so that it replaces the
	 * default resolver at the end of the chain and springdoc's own converters still run
	 * before it.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ModelResolver moduleQualifiedSchemaNames() {
		return new ModelResolver(Json.mapper(), new ModuleQualifiedNames());
	}

	static final class ModuleQualifiedNames extends TypeNameResolver {

		@Override
		protected String getNameOfClass(Class<?> type) {
			if (!type.getName().startsWith(ROOT)) {
				return super.getNameOfClass(type);
			}
			return qualified(type);
		}

		static String qualified(Class<?> type) {
			String module = type.getName().substring(ROOT.length()).split("\\.")[0];
			StringBuilder name = new StringBuilder(type.getSimpleName());
			for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
				name.insert(0, outer.getSimpleName() + ".");
			}
			return module + "." + name;
		}

	}

}
