package com.computefolio.service.text;

import java.util.ResourceBundle;

/**
 * The words around a short amount, in the reader's language: "$924B", "EUR 12M" and "40 GW" in English, "924 مليار
 * دولار", "12 مليون EUR" and "40 غيغاواط" in Arabic, which writes the scale and the currency as words after the
 * number as its financial press does (ADR 0047). The one owner of these words: the charts' and reports' short
 * amounts and the command line's tables both ask here, so the two cannot drift apart. The number itself is made by
 * the caller (its precision differs by use) and only put into the reader's digits here.
 */
public final class AmountWords {

    /** The scale word after the number; {@link #NONE} for amounts under a thousand. */
    public enum Scale {
        NONE(null), THOUSAND("amount.unit.thousand"), MILLION("amount.unit.million"), BILLION("amount.unit.billion"),
        TRILLION("amount.unit.trillion");

        private final String key;

        Scale(String key) {
            this.key = key;
        }
    }

    private final Texts texts;
    private final ResourceBundle words;

    public AmountWords(Texts texts) {
        this.texts = texts;
        this.words = texts.export();
    }

    /**
     * Money: {@code number} is the magnitude with ASCII digits ("924", "11.9"), the sign apart so each language
     * places it. A missing currency is USD, the register's reporting currency; other currencies keep their ISO code.
     */
    public String money(boolean negative, String number, Scale scale, String currency) {
        String sign = negative ? "-" : "";
        String unit = scale.key == null ? "" : words.getString(scale.key);
        String shaped = texts.digits(number);
        boolean named = currency == null || currency.equals("USD");
        return named ? texts.format(words.getString("amount.money.named"), sign, words.getString("amount.currency.USD"), shaped, unit)
                : texts.format(words.getString("amount.money.code"), sign, currency, shaped, unit);
    }

    /** Gigawatts: "40 GW", "40 غيغاواط". */
    public String gigawatts(String number) {
        return texts.format(words.getString("amount.gigawatts"), texts.digits(number));
    }

    /** Megawatts: "750 MW", "750 ميغاواط". */
    public String megawatts(String number) {
        return texts.format(words.getString("amount.megawatts"), texts.digits(number));
    }
}
