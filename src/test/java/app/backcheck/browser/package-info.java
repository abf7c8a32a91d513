/**
 * Browser tests in real headless Chromium: accessibility, phones, keyboard, no
 * JavaScript, print.
 */
package app.backcheck.browser;
