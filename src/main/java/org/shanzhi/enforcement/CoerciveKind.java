package org.shanzhi.enforcement;

/**
 * Coercive measures and coercive execution (行政强制法): sealing up (查封), seizure (扣押),
 * freezing of deposits (冻结), enforced execution (强制执行), execution by substitute (代履行).
 */
public enum CoerciveKind {

	SEAL_UP, SEIZE, FREEZE, ENFORCED_EXECUTION, EXECUTION_BY_SUBSTITUTE

}
