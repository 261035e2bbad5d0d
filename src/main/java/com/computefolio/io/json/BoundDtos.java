package com.computefolio.io.json;

import com.computefolio.io.Positioned;
import java.util.List;
import java.util.Set;

/**
 * The parts of a portfolio file that could be bound to DTOs, each with its position in the file.
 * A part whose shape was wrong is left out, but its id (when readable) is kept, so that whatever
 * refers to it is not reported again as a dangling reference.
 */
record BoundDtos(String name,
                 List<Positioned<SourceDto>> sources, Set<String> unboundSourceIds,
                 List<Positioned<PartyDto>> parties, Set<String> unboundPartyIds,
                 List<Positioned<DealDto>> deals, Set<String> unboundDealIds,
                 List<Positioned<ContextSeriesDto>> contextSeries) {
}
