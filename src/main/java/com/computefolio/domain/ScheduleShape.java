package com.computefolio.domain;

/** How a leg of a schedule spreads its amount over its months. */
public enum ScheduleShape {
    /** The same amount every month. */
    EVEN,
    /** Growing linearly: month i of n gets a weight of i. */
    RAMP,
    /** Everything in the first month of the leg (a tranche or milestone payment). */
    LUMP
}
