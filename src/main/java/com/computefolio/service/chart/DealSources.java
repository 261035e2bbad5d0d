package com.computefolio.service.chart;

import com.computefolio.domain.Source;
import com.computefolio.service.DealView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The sources behind what a chart or report shows of a deal: its value figure and its revision. */
public final class DealSources {

    private DealSources() {
    }

    public static List<Source> of(DealView view) {
        List<Source> sources = new ArrayList<>(view.revision().value().sources());
        sources.addAll(view.revision().sources());
        return sources;
    }

    public static List<Source> of(Collection<DealView> views) {
        List<Source> sources = new ArrayList<>();
        for (DealView view : views) {
            sources.addAll(of(view));
        }
        return sources;
    }
}
