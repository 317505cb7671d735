package org.shanzhi.evidence;

/** What an evidence file is; its content must be of a type the kind allows. */
public enum EvidenceKind {

	VIDEO, AUDIO, PHOTO, DOCUMENT

}
