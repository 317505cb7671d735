package org.shanzhi.mediation;

/** A case starts on a party's application or ex officio (M4). */
public enum Origin {

	APPLICATION, EX_OFFICIO

}
