/**
 * Notifications 通知 (P2, G6): an outbox of messages to parties and officers — one-time
 * codes, notices of an application's progress — written in the sender's transaction and
 * delivered after it commits through the configured channel adapters (a log adapter by
 * default; SMS through an HTTP gateway when configured).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = { "shared" })
package org.shanzhi.notification;
