package com.computefolio.io.json;

import com.computefolio.domain.PartyRole;
import com.computefolio.io.DecimalFields;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A party in a role of a deal (format version 2, ADR 19). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoleDto(
        @JsonProperty(required = true) PartyRole role,
        @JsonProperty(required = true) @JsonPropertyDescription("a party id") String party,
        @JsonPropertyDescription(DecimalFields.AMOUNT_EXPECTED) String amount,
        @JsonPropertyDescription("a 3-letter ISO currency code such as \"USD\"") String currency,
        @JsonPropertyDescription("a percentage as a decimal string such as \"80\"") String share,
        @JsonPropertyDescription("an array of source ids") List<String> sources,
        String label) {
}
