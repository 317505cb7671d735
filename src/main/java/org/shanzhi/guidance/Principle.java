package org.shanzhi.guidance;

/**
 * The principles of guidance (G2; LH12): 合法, 增益减损, 自愿, 合理, 公平公正公开. Every act records the
 * ones it applied; lawfulness is never optional.
 */
public enum Principle {

	LAWFUL, BENEFICIAL, VOLUNTARY, REASONABLE, FAIR_OPEN

}
