/**
 * The running platform around the capability modules: the embedded database, the web
 * layer (locale, errors as problem details, request limits, rate limits), the home
 * dashboard and the navigation shell.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.shanzhi.platform;
