package org.shanzhi.shared;

import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

/**
 * Runs a page form's action and turns the refusals every facade throws into errors of the
 * form, so that the page shows them next to the fields (or above the form for a rule).
 */
public final class FormErrors {

	/**
	 * The model attribute of a refused form without a bound object: field name → its own
	 * message, for the page to show beside each field
	 * ({@code fragments/form :: refused}).
	 */
	public static final String REFUSED_FIELDS = "refusedFields";

	private FormErrors() {
	}

	/**
	 * A refused field's message: a message code with its arguments, or the text of a
	 * failed constraint (already in the reader's language).
	 */
	public record FieldMessage(String code, Object[] args, String text) {
	}

	/** The action's result, or {@code null} when it was refused (the errors say why). */
	public static <T> T attempt(BindingResult errors, Supplier<T> action) {
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return action.get();
		}
		catch (FieldRejectedException ex) {
			if (errors.getTarget() != null && org.springframework.beans.BeanUtils
				.getPropertyDescriptor(errors.getTarget().getClass(), ex.field()) != null) {
				errors.rejectValue(ex.field(), "shanzhi.validation." + ex.code());
			}
			else {
				errors.reject("shanzhi.validation." + ex.code(), new Object[] { ex.field() }, ex.code());
			}
		}
		catch (RuleViolationException ex) {
			errors.reject("shanzhi.rule." + ex.rule(), ex.getDetailMessageArguments(), ex.rule());
		}
		catch (jakarta.validation.ConstraintViolationException ex) {
			rejectViolations(errors, ex);
		}
		return null;
	}

	/**
	 * Each failed constraint of a command beside its field (the constraint's own
	 * message), or above the form when the command's field is not the form's.
	 */
	public static void rejectViolations(BindingResult errors, jakarta.validation.ConstraintViolationException ex) {
		for (var v : ex.getConstraintViolations()) {
			String path = v.getPropertyPath().toString();
			String field = path.substring(path.lastIndexOf('.') + 1);
			// the constraint's name as the code (as Spring's own binding does), its
			// message
			// as the text: no generic key of the bundles overrides the field's own
			// message
			String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
			try {
				errors.rejectValue(field, code, v.getMessage());
			}
			catch (RuntimeException notAField) {
				errors.reject(code, v.getMessage());
			}
		}
	}

	/**
	 * For pages that act without a bound form: puts the refusal of an action into the
	 * model as {@code refusal} (a message code) and {@code refusalArgs}, for the page to
	 * show above its forms; an incomplete command (bean validation) shows
	 * {@code incompleteKey}. Each refused field's own message goes into
	 * {@value #REFUSED_FIELDS} for the page to show beside the field. Any other failure
	 * is not a refusal and is thrown on.
	 */
	public static void refusal(RuntimeException ex, org.springframework.ui.Model model, String incompleteKey) {
		if (ex instanceof RuleViolationException r) {
			model.addAttribute("refusal", "shanzhi.rule." + r.rule());
			model.addAttribute("refusalArgs", r.getDetailMessageArguments());
		}
		else if (ex instanceof FieldRejectedException f) {
			model.addAttribute("refusal", "shanzhi.validation." + f.code());
			Object[] own = f.getDetailMessageArguments();
			Object[] args = own != null && own.length > 0 ? own : new Object[] { f.field() };
			model.addAttribute("refusalArgs", args);
			java.util.Map<String, FieldMessage> fields = new java.util.LinkedHashMap<>();
			// a field of a part of the command (applicant.name) is the form's field
			// (name)
			fields.put(f.field().substring(f.field().lastIndexOf('.') + 1),
					new FieldMessage("shanzhi.validation." + f.code(), args, null));
			model.addAttribute(REFUSED_FIELDS, fields);
		}
		else if (ex instanceof jakarta.validation.ConstraintViolationException c) {
			model.addAttribute("refusal", incompleteKey);
			model.addAttribute("refusalArgs", new Object[0]);
			java.util.Map<String, FieldMessage> fields = new java.util.LinkedHashMap<>();
			c.getConstraintViolations()
				.stream()
				.sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
				.forEach(v -> {
					String path = v.getPropertyPath().toString();
					fields.putIfAbsent(path.substring(path.lastIndexOf('.') + 1),
							new FieldMessage(null, null, v.getMessage()));
				});
			model.addAttribute(REFUSED_FIELDS, fields);
		}
		else if (ex instanceof org.springframework.web.ErrorResponseException e && !(ex instanceof NotFoundException)
				&& e.getStatusCode().is4xxClientError() && e.getDetailMessageCode() != null) {
			// a refused upload (413/415), a rate limit (429): their own message
			model.addAttribute("refusal", e.getDetailMessageCode());
			model.addAttribute("refusalArgs", e.getDetailMessageArguments());
		}
		else {
			throw ex;
		}
	}

}
