package com.computefolio.io;

/** A value read from a file and its position there (index in its JSON array, or data row for CSV). */
public record Positioned<T>(T value, int position) {
}
