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

    /** An arXiv id, new style (2401.00001) or old (hep-th/9901001), with its version if any. */
    private static final Pattern ARXIV_ID =
            Pattern.compile("(?:arxiv:)?(\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[a-z]{2})?/\\d{7})(?:v\\d+)?",
                    Pattern.CASE_INSENSITIVE);
    /** The DOIs arXiv gives its papers: 10.48550/arXiv.2401.00001. */
    private static final Pattern ARXIV_DOI = Pattern.compile("10\\.48550/arxiv\\.(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI_RESOLVER =
            Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);

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

    /** The arXiv abstract page of an arXiv id: the URL that makes {@link #stableId} derive {@code arxiv:...}. */
    public static String arxivUrl(String arxivId) {
        return "https://arxiv.org/abs/" + arxivId.strip();
    }

    /** A DOI without the resolver in front of it ({@code https://doi.org/}, {@code doi:}), as DOIs are written. */
    public static String bareDoi(String doi) {
        return doi == null ? null : DOI_RESOLVER.matcher(doi.strip()).replaceFirst("");
    }

    /** The paper's DOI as a key (lower case, bare), or null. */
    public static String doiKey(String id, String doi) {
        String d = notBlank(doi) ? doi : id.regionMatches(true, 0, "doi:", 0, 4) ? id.substring(4) : null;
        return d == null || bareDoi(d).isEmpty() ? null : bareDoi(d).toLowerCase(Locale.ROOT);
    }

    /**
     * The arXiv id a paper is known by, without version: from its id ({@code arxiv:...}, or a bare arXiv id as the
     * arXiv metadata snapshot gives), its URL, or an arXiv DOI; else null.
     */
    public static String arxivKey(String id, String doi, String url) {
        Matcher m = ARXIV_ID.matcher(id.strip());
        if (m.matches()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher inUrl = url == null ? null : ARXIV_IN_URL.matcher(url);
        if (inUrl != null && inUrl.find()) {
            return inUrl.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher arxivDoi = doi == null ? null : ARXIV_DOI.matcher(bareDoi(doi));
        if (arxivDoi != null && arxivDoi.matches()) {
            Matcher inDoi = ARXIV_ID.matcher(arxivDoi.group(1));
            if (inDoi.matches()) {
                return inDoi.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
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
