package com.computefolio.ui.editor;

import com.computefolio.domain.DealLink;
import com.computefolio.domain.DealOption;
import com.computefolio.domain.DealRole;
import com.computefolio.domain.ExitRight;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Source;
import com.computefolio.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One line for each entry of the inspector's lists ("Prepayment · 2026-01 · 1 month · Lump · USD 5B"),
 * the parts joined by a middle dot, each part from the bundle.
 */
final class EntrySummaries {
    private final Messages messages;
    private final Function<String, String> partyName;
    private final Function<String, String> dealTitle;

    EntrySummaries(Messages messages, Function<String, String> partyName, Function<String, String> dealTitle) {
        this.messages = messages;
        this.partyName = partyName;
        this.dealTitle = dealTitle;
    }

    String leg(ScheduleLeg leg) {
        List<String> parts = new ArrayList<>();
        add(parts, leg.label());
        parts.add(leg.start().toString());
        parts.add(messages.format("editor.shapes.months", leg.months()));
        parts.add(messages.label(leg.shape()));
        if (leg.amount() != null) {
            parts.add(money(leg.amount()));
        }
        if (leg.capacity() != null) {
            parts.add(messages.format("editor.shapes.gw", leg.capacity().gigawatts().toPlainString()));
        }
        if (leg.prepayment()) {
            parts.add(messages.get("editor.shapes.prepayment"));
        }
        return join(parts);
    }

    String figure(Figure figure) {
        List<String> parts = new ArrayList<>();
        add(parts, figure.label());
        parts.add(messages.label(figure.basis()));
        if (figure.amount() != null) {
            parts.add(money(figure.amount()));
        }
        parts.add(messages.label(figure.confidence()));
        parts.add(sources(figure.sources(), figure.unsourced()));
        return join(parts);
    }

    String option(DealOption option) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.label(option.kind()));
        add(parts, option.label());
        parts.add(figure(option.value()));
        if (option.months() != null) {
            parts.add(messages.format("editor.shapes.adds", option.months()));
        }
        if (option.exerciseFrom() != null || option.exerciseUntil() != null) {
            parts.add(messages.format("editor.shapes.window", text(option.exerciseFrom()), text(option.exerciseUntil())));
        }
        return join(parts);
    }

    String exitRight(ExitRight exit) {
        List<String> parts = new ArrayList<>();
        parts.add(partyName.apply(exit.partyId()));
        parts.add(messages.format("editor.shapes.noticeDays", exit.noticeDays()));
        if (exit.from() != null) {
            parts.add(messages.format("editor.shapes.from", exit.from().toString()));
        }
        add(parts, exit.label());
        return join(parts);
    }

    String role(DealRole role) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.label(role.role()));
        parts.add(partyName.apply(role.partyId()));
        if (role.amount() != null) {
            parts.add(money(role.amount()));
        }
        if (role.share() != null) {
            parts.add(messages.format("editor.shapes.share", role.share().stripTrailingZeros().toPlainString()));
        }
        add(parts, role.label());
        return join(parts);
    }

    String link(DealLink link) {
        return join(List.of(messages.label(link.type()), dealTitle.apply(link.targetDealId())));
    }

    private String sources(List<Source> sources, boolean unsourced) {
        if (sources.isEmpty()) {
            return unsourced ? messages.get("editor.shapes.unsourced") : messages.get("editor.shapes.noSource");
        }
        return "[" + String.join(", ", sources.stream().map(Source::id).toList()) + "]";
    }

    private static String money(Money money) {
        return money.currency() + " " + AmountText.format(money.toMajor());
    }

    private static void add(List<String> parts, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text);
        }
    }

    private static String text(Object value) {
        return value == null ? "\u2026" : value.toString();
    }

    private static String join(List<String> parts) {
        return String.join(" \u00b7 ", parts);
    }
}
