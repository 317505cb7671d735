package org.shanzhi.directory;

/** A natural person (resident ID) or an organisation (unified social credit code). */
public enum PartyKind {

	PERSON, ORGANIZATION

}
