package com.computefolio.cli;

import com.computefolio.domain.Deal;
import com.computefolio.domain.DealLink;
import com.computefolio.domain.Figure;
import com.computefolio.domain.Money;
import com.computefolio.domain.Revision;
import com.computefolio.domain.ScheduleLeg;
import com.computefolio.domain.Source;
import com.computefolio.domain.Term;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * A deal as JSON for {@code show --format json}: every field, with the same names as the portfolio
 * format (docs/format.md) so the output reads familiarly, but sources written out in full inside
 * each figure instead of by id. Amounts are decimal strings.
 */
final class DealJson {

    private DealJson() {
    }

    static void deal(JsonGenerator json, Deal deal, String buyerName, String counterpartyName, List<Revision> revisions,
                     Revision inForce) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", deal.id());
        json.writeStringField("title", deal.title());
        json.writeStringField("buyer", deal.buyerId());
        JsonOutput.field(json, "buyerName", buyerName);
        json.writeStringField("counterparty", deal.counterpartyId());
        JsonOutput.field(json, "counterpartyName", counterpartyName);
        json.writeStringField("kind", deal.kind().name());
        json.writeStringField("direction", deal.direction().name());
        json.writeStringField("announced", deal.announced().toString());
        json.writeArrayFieldStart("tags");
        for (String tag : deal.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("links");
        for (DealLink link : deal.links()) {
            json.writeStartObject();
            json.writeStringField("type", link.type().name());
            json.writeStringField("deal", link.targetDealId());
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonOutput.field(json, "notes", deal.notes());
        json.writeNumberField("version", deal.version());
        JsonOutput.field(json, "inForceKnownFrom", inForce == null ? null : inForce.knownFrom());
        json.writeArrayFieldStart("revisions");
        for (Revision r : revisions) {
            revision(json, r);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void revision(JsonGenerator json, Revision r) throws IOException {
        json.writeStartObject();
        json.writeStringField("knownFrom", r.knownFrom().toString());
        JsonOutput.field(json, "change", r.change());
        json.writeStringField("status", r.status().name());
        json.writeFieldName("value");
        figure(json, r.value());
        json.writeArrayFieldStart("otherFigures");
        for (Figure f : r.otherFigures()) {
            figure(json, f);
        }
        json.writeEndArray();
        term(json, r.term());
        JsonOutput.field(json, "capacityGw", r.capacity() == null ? null : Amounts.gigawatts(r.capacity().kilowatts()));
        JsonOutput.field(json, "hardware", r.hardware());
        json.writeArrayFieldStart("schedule");
        for (ScheduleLeg leg : r.legs()) {
            json.writeStartObject();
            JsonOutput.field(json, "label", leg.label());
            json.writeStringField("start", leg.start().toString());
            json.writeNumberField("months", leg.months());
            json.writeStringField("shape", leg.shape().name());
            JsonOutput.field(json, "amount", leg.amount() == null ? null : Amounts.exact(leg.amount().minorUnits()));
            JsonOutput.field(json, "capacityGw", leg.capacity() == null ? null : Amounts.gigawatts(leg.capacity().kilowatts()));
            json.writeEndObject();
        }
        json.writeEndArray();
        sources(json, r.sources());
        JsonOutput.field(json, "notes", r.notes());
        json.writeEndObject();
    }

    static void figure(JsonGenerator json, Figure f) throws IOException {
        json.writeStartObject();
        json.writeStringField("basis", f.basis().name());
        money(json, "amount", f.amount());
        json.writeStringField("currency", f.amount() != null ? f.amount().currency() : "USD");
        money(json, "low", f.low());
        money(json, "high", f.high());
        json.writeStringField("confidence", f.confidence().name());
        JsonOutput.field(json, "label", f.label());
        sources(json, f.sources());
        json.writeEndObject();
    }

    static void term(JsonGenerator json, Term term) throws IOException {
        if (term == null) {
            json.writeNullField("term");
            return;
        }
        json.writeObjectFieldStart("term");
        json.writeStringField("start", term.start().toString());
        json.writeNumberField("months", term.months());
        json.writeStringField("end", term.end().toString());
        json.writeBooleanField("assumed", term.assumed());
        json.writeEndObject();
    }

    private static void money(JsonGenerator json, String name, Money money) throws IOException {
        if (money != null) {
            json.writeStringField(name, Amounts.exact(money.minorUnits()));
        }
    }

    private static void sources(JsonGenerator json, List<Source> sources) throws IOException {
        json.writeArrayFieldStart("sources");
        for (Source s : sources) {
            json.writeStartObject();
            json.writeStringField("id", s.id());
            json.writeStringField("publisher", s.publisher());
            JsonOutput.field(json, "title", s.title());
            json.writeStringField("url", s.url());
            JsonOutput.field(json, "published", s.published());
            JsonOutput.field(json, "quote", s.quote());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
