/**
 * BackCheck: a lower back pain check for runners. Warning signs are screened first, then
 * an urgency and the likely running-related causes are given with advice.
 */
package app.backcheck;
