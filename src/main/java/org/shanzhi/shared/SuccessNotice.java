package org.shanzhi.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The message a page shows after this form's action succeeded and redirected (issue 22,
 * item 6). Without it a page form's successful action says the generic
 * {@code notice.saved} (已保存); {@link #NONE} says nothing (an action that saves nothing,
 * e.g. signing in).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SuccessNotice {

	/** Say nothing after this action. */
	String NONE = "";

	/** The message key of the notice, or {@link #NONE}. */
	String value();

}
