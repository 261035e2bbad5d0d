package com.computefolio.service.article;

import com.computefolio.domain.ValueBasis;
import java.math.BigDecimal;

/**
 * An amount of money as an article states it: in major units of the currency, with the basis its wording gives
 * ("up to" is UP_TO, "a month" PER_MONTH, none TOTAL_OVER_TERM).
 */
record StatedMoney(BigDecimal amount, String currency, ValueBasis basis) {
}
