/**
 * Results beyond the page they are first shown on: share links that reopen a result without storing it, and the
 * published rules ("How this check decides").
 */
package app.backcheck.results;
