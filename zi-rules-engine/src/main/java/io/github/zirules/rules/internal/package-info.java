/**
 * The limits every evaluation runs under (engine use only; rule files cannot import this package): the time budget
 * of one session and the size bounds of what rules build.
 */
package io.github.zirules.rules.internal;
