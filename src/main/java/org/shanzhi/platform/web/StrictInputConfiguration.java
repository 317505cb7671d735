package org.shanzhi.platform.web;

import java.beans.PropertyEditorSupport;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import org.shanzhi.shared.InputText;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How strictly input is read (issue 21): everything a client sends is taken only in the
 * form the API document describes, never guessed.
 * <ul>
 * <li>enums only by name (a number is not taken as the n-th constant);</li>
 * <li>integers only from integral numbers ({@code 1.5} is not truncated to 1);</li>
 * <li>no {@code null} inside a list or set;</li>
 * <li>a key given twice in one object, or anything after the document, is refused;</li>
 * <li>every text, in a body or in a parameter, passes {@link InputText} (no NUL and other
 * control characters, no lone surrogates).</li>
 * </ul>
 * Each refusal is a 400 problem naming the field ({@link ApiProblemAdvice}).
 */
@Configuration(proxyBeanMethods = false)
class StrictInputConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		JsonSetter.Value noNullItems = JsonSetter.Value.forContentNulls(Nulls.FAIL);
		return builder -> {
			builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
				.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
				.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
				.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
				.withCoercionConfig(LogicalType.Integer,
						c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
				.withCoercionConfig(LogicalType.Enum,
						c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
							.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
				.addModule(new SimpleModule("shanzhi-input-text").addDeserializer(String.class,
						new CheckedStringDeserializer()));
			for (Class<?> type : List.of(Collection.class, List.class, Set.class)) {
				builder.withConfigOverride(type, o -> o.setNullHandling(noNullItems));
			}
		};
	}

	/** Jackson's own reading of a string, then the platform's rule for text. */
	static final class CheckedStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = super.deserialize(p, ctxt);
			if (value != null && !InputText.acceptable(value)) {
				return (String) ctxt.handleWeirdStringValue(String.class, value,
						"contains a control character or an unpaired surrogate");
			}
			return value;
		}

	}

	/**
	 * Request parameters, path variables and form fields bound to text pass the same
	 * rule; a refusal is a type mismatch (400 naming the parameter, or a field error on a
	 * form).
	 */
	@ControllerAdvice
	static class CheckedTextBinding {

		@InitBinder
		void checkedText(WebDataBinder binder) {
			binder.registerCustomEditor(String.class, new CheckedTextEditor());
		}

	}

	static final class CheckedTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (!InputText.acceptable(text)) {
				throw new IllegalArgumentException("text with a control character or an unpaired surrogate");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}

	}

}
