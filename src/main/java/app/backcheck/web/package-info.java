/**
 * What every feature shares and none owns: security headers and filters, the language of
 * a page, error pages and problem details, the site's public address, limits on abuse,
 * and the page cache. Depends on no feature.
 */
@ApplicationModule(allowedDependencies = { "triage" })
package app.backcheck.web;

import org.springframework.modulith.ApplicationModule;
