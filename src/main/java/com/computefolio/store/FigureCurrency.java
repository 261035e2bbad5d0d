package com.computefolio.store;

import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;

/** The one currency column of a figure's row (value figures and option values alike). */
final class FigureCurrency {

    private FigureCurrency() {
    }

    /** A figure's amount, low and high share one currency column; mixing currencies would lose data. */
    static String of(Figure figure) {
        String currency = null;
        for (Money money : new Money[] {figure.amount(), figure.low(), figure.high()}) {
            if (money == null) {
                continue;
            }
            if (currency == null) {
                currency = money.currency();
            } else if (!currency.equals(money.currency())) {
                throw new IllegalArgumentException("a figure's amount, low and high must share one currency: "
                        + currency + " and " + money.currency() + " (" + figure.label() + ")");
            }
        }
        return currency;
    }
}
