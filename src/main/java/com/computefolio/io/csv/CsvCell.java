package com.computefolio.io.csv;

/** One cell of a CSV file as read, with where it starts (1-based line and column). */
record CsvCell(String text, int line, int column) {
}
