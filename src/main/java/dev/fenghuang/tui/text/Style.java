package dev.fenghuang.tui.text;

/** What a piece of text is, for the palette to colour: layouts say what, the palette says how. */
public enum Style {
    NORMAL, TITLE, META, SUMMARY, HEADING, QUOTE, REFERENCE, DIM, SELECTED, MATCH, HEADER, STATUS, ERROR, KEY
}
