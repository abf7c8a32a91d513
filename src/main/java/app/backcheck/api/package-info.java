/**
 * The JSON API: its own request reading and response records, problem details for bad input.
 */
package app.backcheck.api;
