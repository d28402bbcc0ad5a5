package dev.fenghuang.tui;

/** What a piece of text is, for the palette to colour: layouts say what, the palette says how. */
enum Style {
    NORMAL, TITLE, META, SUMMARY, HEADING, QUOTE, REFERENCE, DIM, SELECTED, MATCH, HEADER, STATUS, ERROR, KEY
}
