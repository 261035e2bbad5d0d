package com.computefolio.service;

/** What a timeline adds up: money (minor units) or capacity (kilowatts). */
public enum Measure {
    MONEY, CAPACITY
}
