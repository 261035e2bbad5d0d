package com.computefolio.domain;

public enum DealKind {
    CLOUD_SERVICES, CHIPS, CUSTOM_SILICON, MEMORY, DATA_CENTRE, EQUITY_INVESTMENT, JOINT_VENTURE
}
