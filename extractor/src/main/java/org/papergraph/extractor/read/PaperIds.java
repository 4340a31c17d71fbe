package org.papergraph.extractor.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stable paper ids, so the same paper gets the same id in every run and from every input format. */
public final class PaperIds {

    private static final Pattern ARXIV_IN_URL =
            Pattern.compile("arxiv\\.org/(?:abs|pdf)/([a-z\\-]+/\\d{7}|\\d{4}\\.\\d{4,5})", Pattern.CASE_INSENSITIVE);

    private PaperIds() {
    }

    /** The given id, else {@code doi:...}, else {@code arxiv:...} from the URL, else a hash of the normalised title. */
    public static String stableId(String givenId, String doi, String url, String title) {
        if (notBlank(givenId)) {
            return givenId.strip();
        }
        if (notBlank(doi)) {
            return "doi:" + doi.strip().toLowerCase(Locale.ROOT);
        }
        if (url != null) {
            Matcher m = ARXIV_IN_URL.matcher(url);
            if (m.find()) {
                return "arxiv:" + m.group(1);
            }
        }
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
