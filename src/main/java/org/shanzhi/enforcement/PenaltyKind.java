package org.shanzhi.enforcement;

/**
 * The kinds of administrative penalty of APL art. 9: 警告, 通报批评, 罚款, 没收违法所得, 没收非法财物,
 * 暂扣许可证件, 降低资质等级, 吊销许可证件, 限制开展生产经营活动, 责令停产停业, 责令关闭, 限制从业, 行政拘留 (referred to the
 * public-security organ, which alone may impose it) and the other penalties laws and
 * regulations provide.
 */
public enum PenaltyKind {

	WARNING, PUBLIC_CRITICISM, FINE, CONFISCATE_GAINS, CONFISCATE_PROPERTY, SUSPEND_LICENCE, DOWNGRADE_QUALIFICATION,
	REVOKE_LICENCE, RESTRICT_OPERATIONS, SUSPEND_OPERATIONS, ORDER_CLOSURE, RESTRICT_PRACTICE, DETENTION_REFERRED,
	OTHER;

	/** Whether the penalty is a sum of money ({@code amount}). */
	public boolean hasAmount() {
		return this == FINE || this == CONFISCATE_GAINS;
	}

	/** Whether the penalty acts on a licence or qualification ({@code licence}). */
	public boolean onLicence() {
		return this == SUSPEND_LICENCE || this == DOWNGRADE_QUALIFICATION || this == REVOKE_LICENCE;
	}

	/** Whether the penalty runs for a period ({@code from}, {@code until}). */
	public boolean forPeriod() {
		return this == SUSPEND_LICENCE || this == RESTRICT_OPERATIONS || this == SUSPEND_OPERATIONS
				|| this == RESTRICT_PRACTICE;
	}

	/**
	 * How heavy the kind is, for comparing a decision with its notice (APL art. 45): the
	 * order of art. 9, lightest first.
	 */
	public int weight() {
		return ordinal();
	}

}
