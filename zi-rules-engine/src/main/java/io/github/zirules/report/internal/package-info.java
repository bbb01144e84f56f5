/** Implementation of the report renderers; not API. */
package io.github.zirules.report.internal;
