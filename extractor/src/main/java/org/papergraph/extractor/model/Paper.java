package org.papergraph.extractor.model;

import java.util.List;

/**
 * One paper as read from an input: bibliographic fields plus where it came from.
 *
 * @param id       stable id: the input's own id, else DOI or arXiv id, else a hash of the normalised title
 * @param title    may be empty, never null
 * @param abstractText may be empty, never null
 * @param source   {@code file:line} of the record, for messages and provenance
 */
public record Paper(String id, String title, String abstractText, List<String> authors, String date,
                    String doi, String url, List<String> categories, String source) {

    public Paper {
        title = title == null ? "" : title;
        abstractText = abstractText == null ? "" : abstractText;
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The text of a field by its name in mentions: {@code title} or {@code abstract}. */
    public String field(String name) {
        return switch (name) {
            case Mention.TITLE -> title;
            case Mention.ABSTRACT -> abstractText;
            default -> throw new IllegalArgumentException("no field " + name);
        };
    }

    /** The year of {@link #date}, or null. */
    public Integer year() {
        return yearOf(date);
    }

    /** The year a date string starts with ({@code 2024}, {@code 2024-01-05}), or null. */
    public static Integer yearOf(String date) {
        if (date == null || date.length() < 4 || !date.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(date.substring(0, 4));
    }
}
