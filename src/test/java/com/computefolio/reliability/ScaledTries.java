package com.computefolio.reliability;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * How many tries a jqwik property runs: {@code ci} in the normal build, {@code full} with
 * {@code -Dcf.full=true}. The tries actually run are written to the counts file (see {@link RunCounts}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@AddLifecycleHook(ScaledTriesHook.class)
@interface ScaledTries {
    int ci();

    int full();
}
