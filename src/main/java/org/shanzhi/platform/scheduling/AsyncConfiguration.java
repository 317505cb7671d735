package org.shanzhi.platform.scheduling;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Runs the modules' {@code @ApplicationModuleListener}s after their event's transaction
 * commits, on the application's task executor, so that a reaction in one module (a risk
 * rescore, a warning) neither slows nor fails the request that caused it; the event
 * publication registry (JDBC) keeps each until it completed and republishes on restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {

}
