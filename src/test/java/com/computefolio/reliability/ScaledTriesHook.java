package com.computefolio.reliability;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/** Sets the tries of a {@link ScaledTries} property before it runs and records how many it ran. */
public final class ScaledTriesHook implements AroundPropertyHook {

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.findAnnotation(ScaledTries.class)
                .ifPresent(scaled -> context.attributes().setTries(RunCounts.choose(scaled.ci(), scaled.full())));
        PropertyExecutionResult result = property.execute();
        RunCounts.record(context.containerClass().getSimpleName() + "." + context.targetMethod().getName(),
                "tries=" + result.countTries() + " checks=" + result.countChecks() + " status=" + result.status()
                        + " seed=" + result.seed().orElse("?"));
        return result;
    }
}
