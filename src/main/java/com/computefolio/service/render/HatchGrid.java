package com.computefolio.service.render;

/** The grid hatching lines lie on, shared by the clipped and the cut drawing so both draw the same lines. */
final class HatchGrid {
    /** Distance between lines, per mark. */
    static final double DIAGONAL_STEP = 7;
    static final double HORIZONTAL_STEP = 5;
    static final double VERTICAL_STEP = 6;
    /** The grid the assumed mark's dashes start on (a dash and its gap). */
    static final double DASH_GRID = 8;

    private HatchGrid() {
    }
}
