package com.computefolio.service.article;

import com.computefolio.domain.DealKind;
import com.computefolio.domain.DealStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The fields read for one draft, each with where it was read; a field not read stays null and has no evidence. */
final class ReadFields {
    String buyer;
    String counterparty;
    DealKind kind;
    LocalDate announced;
    DealStatus status;
    StatedMoney value;
    Integer termMonths;
    BigDecimal capacityGw;
    String hardware;
    InferredConfidence confidence;
    final Map<ProposedField, Evidence> found = new EnumMap<>(ProposedField.class);
}
