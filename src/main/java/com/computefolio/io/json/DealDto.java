package com.computefolio.io.json;

import com.computefolio.domain.DealKind;
import com.computefolio.domain.MoneyDirection;
import com.computefolio.io.DateFields;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DealDto(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) @JsonPropertyDescription("a party id") String buyer,
        @JsonProperty(required = true) @JsonPropertyDescription("a party id") String counterparty,
        @JsonProperty(required = true) DealKind kind,
        @JsonProperty(required = true) MoneyDirection direction,
        @JsonProperty(required = true) @JsonPropertyDescription(DateFields.DATE_EXPECTED) String announced,
        List<String> tags,
        List<LinkDto> links,
        @JsonPropertyDescription("parties in roles (format version 2)") List<RoleDto> roles,
        String notes,
        @JsonPropertyDescription(TranslationDtos.EXPECTED) Map<String, DealTranslationDto> translations,
        @JsonProperty(required = true) @JsonPropertyDescription("an array of at least one revision") List<RevisionDto> revisions) {

    /** A deal without translations. */
    public DealDto(String id, String title, String buyer, String counterparty, DealKind kind, MoneyDirection direction,
                   String announced, List<String> tags, List<LinkDto> links, List<RoleDto> roles, String notes,
                   List<RevisionDto> revisions) {
        this(id, title, buyer, counterparty, kind, direction, announced, tags, links, roles, notes, null, revisions);
    }
}
