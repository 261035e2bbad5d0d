package com.computefolio.ui.format;

import com.computefolio.domain.Capacity;
import com.computefolio.domain.Confidence;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Term;
import com.computefolio.domain.ValueBasis;
import com.computefolio.ui.common.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/**
 * How amounts, capacities, terms and dates read on screen: "$38.0B", "up to $100B",
 * "~$90B (est.)", "undisclosed". Exact arithmetic throughout; rounding happens only for display. Digits,
 * dates and months are written by the messages' {@link com.computefolio.service.text.Texts}.
 */
public final class DisplayFormats {
    /**
     * The bundle's name of each currency that has one: "$" in English, "دولار" in Arabic, which writes the currency
     * after the amount as its press does ("22.4 مليار دولار"), and keeps a "$" out of the window's right-to-left text,
     * where JavaFX places it apart from its digits.
     */
    private static final Map<String, String> SYMBOLS = Map.of("USD", "format.currency.USD", "EUR", "format.currency.EUR",
            "GBP", "format.currency.GBP", "JPY", "format.currency.JPY");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Messages messages;

    public DisplayFormats(Messages messages) {
        this.messages = messages;
    }

    /** A figure as the table shows it, e.g. "$38.0B", "up to $100B", "~$90B (est.)", "$60.0B/yr". */
    public String figure(Figure figure) {
        if (figure == null || !figure.isDisclosed()) {
            return messages.get("format.value.undisclosed");
        }
        boolean estimate = figure.basis() == ValueBasis.ANALYST_ESTIMATE || figure.confidence() == Confidence.ESTIMATE;
        String amount = money(figure.amount().minorUnits(), figure.amount().currency(), !estimate);
        if (estimate) {
            return messages.format("format.value.estimate", amount);
        }
        return switch (figure.basis()) {
            case UP_TO -> messages.format("format.value.upTo", amount);
            case PER_YEAR -> messages.format("format.value.perYear", amount);
            default -> amount;
        };
    }

    /** A compact amount: "$38.0B", "$350.0M", "$100B". */
    public String money(long minorUnits, String currency) {
        return money(minorUnits, currency, true);
    }

    /**
     * @param precise one decimal below 100 units of the scale ("$38.0B"); false rounds to whole
     *                units, as fits an estimate ("~$90B")
     */
    public String money(long minorUnits, String currency, boolean precise) {
        BigDecimal major = BigDecimal.valueOf(minorUnits, 2);
        BigDecimal abs = major.abs();
        BigDecimal scale;
        String unit;
        if (abs.compareTo(TRILLION) >= 0) {
            scale = TRILLION;
            unit = messages.get("format.unit.trillion");
        } else if (abs.compareTo(BILLION) >= 0) {
            scale = BILLION;
            unit = messages.get("format.unit.billion");
        } else if (abs.compareTo(MILLION) >= 0) {
            scale = MILLION;
            unit = messages.get("format.unit.million");
        } else if (abs.compareTo(THOUSAND) >= 0) {
            scale = THOUSAND;
            unit = messages.get("format.unit.thousand");
        } else {
            scale = BigDecimal.ONE;
            unit = "";
        }
        BigDecimal scaled = abs.divide(scale, 6, RoundingMode.HALF_UP);
        int decimals = precise && scaled.compareTo(HUNDRED) < 0 && !unit.isEmpty() ? 1 : 0;
        String number = messages.texts().decimal(scaled.setScale(decimals, RoundingMode.HALF_UP));
        String sign = major.signum() < 0 ? "-" : "";
        String symbol = SYMBOLS.get(currency);
        return symbol != null ? messages.format("format.money.symbol", sign, messages.get(symbol), number, unit)
                : messages.format("format.money.code", sign, currency, number, unit);
    }

    /**
     * The exact amount, every cent and grouped: "$1,234,567,890,123.45". For the tooltips that tell
     * what a rounded "$1.2T" hides (a $5B edit moves no digit of "$1.2T").
     */
    public String exactMoney(long minorUnits, String currency) {
        BigDecimal major = BigDecimal.valueOf(minorUnits, 2);
        String symbol = SYMBOLS.get(currency);
        return messages.format(symbol != null ? "format.money.exact" : "format.money.exactCode", major.signum() < 0 ? "-" : "",
                symbol != null ? messages.get(symbol) : currency, major.abs());
    }

    /** Gigawatts without trailing zeros ("1.2"), or empty when there is no capacity. */
    public String gigawatts(Capacity capacity) {
        return capacity == null ? "" : gigawatts(capacity.kilowatts());
    }

    public String gigawatts(long kilowatts) {
        BigDecimal gw = BigDecimal.valueOf(kilowatts, 6).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return messages.texts().digits(gw.signum() == 0 ? "0" : gw.toPlainString());
    }

    /** "2025-11, 84 mo", marked when the curator assumed it; empty when unknown. */
    public String term(Term term) {
        if (term == null) {
            return "";
        }
        return messages.format(term.assumed() ? "format.term.assumed" : "format.term", messages.texts().month(term.start()),
                term.months());
    }

    public String date(LocalDate date) {
        return date == null ? "" : messages.texts().date(date);
    }
}
