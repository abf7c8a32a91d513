/**
 * Pages about results: the published rules ("How this check decides").
 */
package app.backcheck.results;
