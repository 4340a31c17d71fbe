package org.papergraph.extractor.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stable paper ids, so the same paper gets the same id in every run and from every input format. */
public final class PaperIds {

    /** Ids are keys in IRIs and Neo4j indexes: a longer "id" is some other field pasted in the wrong place. */
    public static final int MAX_ID_CHARS = 256;

    private static final Pattern ARXIV_IN_URL =
            Pattern.compile("arxiv\\.org/(?:abs|pdf)/([a-z\\-]+/\\d{7}|\\d{4}\\.\\d{4,5})", Pattern.CASE_INSENSITIVE);

    private PaperIds() {
    }

    /**
     * The given id, else {@code doi:...}, else {@code arxiv:...} from the URL, else a hash of the normalised
     * title. A given id or DOI that cannot be a key (too long, or holding control characters) is passed
     * over, and {@code onPassedOver} is told why and what is used instead.
     */
    public static String stableId(String givenId, String doi, String url, String title, Consumer<String> onPassedOver) {
        String fromDoi = notBlank(doi) ? "doi:" + doi.strip().toLowerCase(Locale.ROOT) : null;
        Matcher arxiv = url == null ? null : ARXIV_IN_URL.matcher(url);
        String fromUrl = arxiv != null && arxiv.find() ? "arxiv:" + arxiv.group(1) : null;
        String derived = fromDoi != null && unusable(fromDoi) == null ? fromDoi : fromUrl != null ? fromUrl : titleId(title);
        if (notBlank(givenId)) {
            String id = givenId.strip();
            String why = unusable(id);
            if (why == null) {
                return id;
            }
            onPassedOver.accept("id " + MessageText.quote(id) + " " + why + "; using " + derived + " instead");
        }
        if (fromDoi != null && unusable(fromDoi) != null) {
            onPassedOver.accept("DOI " + MessageText.quote(doi) + " " + unusable(fromDoi) + "; using " + derived
                    + " as the id instead");
        }
        return derived;
    }

    /** {@code title:} and a hash of the normalised title: the id of a paper known by its title alone. */
    public static String titleId(String title) {
        return "title:" + sha256(normaliseTitle(title)).substring(0, 16);
    }

    /** Case, accents, punctuation and spacing removed: two spellings of one title compare equal. */
    public static String normaliseTitle(String title) {
        String s = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return s.strip();
    }

    /** Control, format and line-separator characters, and halves of a surrogate pair met alone. */
    static boolean isControl(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** Why {@code id} cannot be a key, or null when it can. */
    private static String unusable(String id) {
        if (id.length() > MAX_ID_CHARS) {
            return "is " + id.length() + " characters long, more than a key's " + MAX_ID_CHARS;
        }
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            if (isControl(cp)) {
                return String.format("holds the control character U+%04X", cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
