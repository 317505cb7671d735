package org.shanzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;

/**
 * Guard rail of issue 21: a request body is validated all the way down. Every body or
 * JSON part a controller binds is marked {@code @Valid}, and inside it every component
 * that is itself one of the platform's records — alone, or as the elements of a list, set
 * or map — is marked {@code @Valid} too, so the constraints of nested records and of each
 * element of a list are checked (a {@code null} element is refused when the body is
 * read).
 */
class RequestBodiesValidateEveryElementTest {

	@Test
	void everyNestedRecordOfARequestBodyIsValidated() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		List<String> unvalidated = new ArrayList<>();
		Set<Class<?>> seen = new HashSet<>();
		int bodies = 0;
		for (var candidate : scanner.findCandidateComponents("org.shanzhi")) {
			Class<?> controller = Class.forName(candidate.getBeanClassName());
			for (Method method : controller.getDeclaredMethods()) {
				for (Parameter parameter : method.getParameters()) {
					boolean body = parameter.isAnnotationPresent(RequestBody.class);
					boolean part = parameter.isAnnotationPresent(RequestPart.class)
							&& isPlatformType(parameter.getType());
					if (!body && !part) {
						continue;
					}
					bodies++;
					String where = controller.getSimpleName() + "." + method.getName() + "(" + parameter.getName()
							+ ")";
					if (isPlatformType(parameter.getType()) && !parameter.isAnnotationPresent(Valid.class)) {
						unvalidated.add(where + " is not @Valid");
					}
					walk(parameter.getAnnotatedType(), where, unvalidated, seen);
				}
			}
		}
		assertThat(bodies).isGreaterThan(100);
		assertThat(unvalidated).isEmpty();
	}

	private static void walk(AnnotatedType type, String where, List<String> unvalidated, Set<Class<?>> seen) {
		Class<?> raw = raw(type);
		if (raw == null) {
			return;
		}
		if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
			if (type instanceof AnnotatedParameterizedType p) {
				for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
					walk(argument, where + "[]", unvalidated, seen);
				}
			}
			return;
		}
		if (!raw.isRecord() || !isPlatformType(raw) || !seen.add(raw)) {
			return;
		}
		for (RecordComponent component : raw.getRecordComponents()) {
			String path = where + "." + component.getName();
			AnnotatedType componentType = component.getAnnotatedType();
			Class<?> componentRaw = raw(componentType);
			if (componentRaw != null && componentRaw.isRecord() && isPlatformType(componentRaw)
					&& !isValid(component, componentType)) {
				unvalidated.add(path + " (" + componentRaw.getSimpleName() + ") is not @Valid");
			}
			if (componentRaw != null
					&& (Collection.class.isAssignableFrom(componentRaw) || Map.class.isAssignableFrom(componentRaw))
					&& componentType instanceof AnnotatedParameterizedType p) {
				for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
					Class<?> element = raw(argument);
					if (element != null && element.isRecord() && isPlatformType(element)
							&& !isValid(component, componentType) && !argument.isAnnotationPresent(Valid.class)) {
						unvalidated.add(path + " (elements " + element.getSimpleName() + ") are not @Valid");
					}
				}
			}
			walk(componentType, path, unvalidated, seen);
		}
	}

	private static boolean isValid(RecordComponent component, AnnotatedElement type) {
		return component.isAnnotationPresent(Valid.class) || type.isAnnotationPresent(Valid.class)
				|| component.getAccessor().isAnnotationPresent(Valid.class);
	}

	private static Class<?> raw(AnnotatedType type) {
		java.lang.reflect.Type t = type.getType();
		if (t instanceof Class<?> c) {
			return c;
		}
		if (t instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> c) {
			return c;
		}
		return null;
	}

	private static boolean isPlatformType(Class<?> type) {
		return type.getName().startsWith("org.shanzhi.");
	}

}
