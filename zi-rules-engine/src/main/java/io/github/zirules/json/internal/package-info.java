/** Implementation of {@link io.github.zirules.json.ZiJson}: not API, may change without notice. */
package io.github.zirules.json.internal;
