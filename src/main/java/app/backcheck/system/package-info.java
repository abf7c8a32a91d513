/**
 * Cross-cutting pieces: messages for answer problems, error pages and configuration.
 */
package app.backcheck.system;
