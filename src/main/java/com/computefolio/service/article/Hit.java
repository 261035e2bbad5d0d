package com.computefolio.service.article;

/**
 * Something a rule recognised in one sentence: where (folded positions, end exclusive), what it means and how the
 * article wrote it.
 */
record Hit<T>(int start, int end, T value, String written) {

    /** Characters between this hit and another in the same sentence; 0 when they touch or overlap. */
    int distanceTo(Hit<?> other) {
        if (other.end <= start) {
            return start - other.end;
        }
        return other.start >= end ? other.start - end : 0;
    }
}
