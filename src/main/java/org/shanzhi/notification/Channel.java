package org.shanzhi.notification;

/** How a message reaches its recipient. */
public enum Channel {

	/** A text message to a mobile phone number. */
	SMS,
	/** A WeChat service-account message to an openid. */
	WECHAT,
	/** An e-mail. */
	EMAIL

}
