/**
 * Texts people read, in their language: {@link com.safeward.texts.Texts} renders a
 * {@link com.safeward.kernel.Text} (message key and arguments) through {@code messages_zh_CN} and
 * {@code messages_en}, instants in the display zone ({@link com.safeward.texts.DisplayTimes}) and people
 * by display name ({@link com.safeward.texts.PersonNames}, provided by identity);
 * {@link com.safeward.texts.TextJson} keeps a text in one column until it is read. Knows nothing of
 * HTTP; depends only on the kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Texts and display",
        allowedDependencies = {})
package com.safeward.texts;
