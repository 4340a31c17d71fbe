package org.papergraph.extractor.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The paper's other uses of a name it defines: the bare acronym, the long form again (often in the title), and the
 * acronym before a descriptive suffix ("MCCL-based"). Each use is credited to the rule that found the definition.
 */
final class DefinedNameUses implements CandidateRule {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final Cues cues;

    DefinedNameUses(Cues cues) {
        this.cues = cues;
    }

    @Override
    public List<Candidate> find(Sentence s, PaperNames names) {
        List<Tok> toks = s.toks();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            DefinedName name = names.get(toks.get(i).text());
            if (name != null) {
                out.add(use(toks, i, i + 1, s, name));
                continue;
            }
            DefinedName longForm = longFormAt(toks, i, names);
            if (longForm != null) {
                int to = i + SPACES.split(longForm.display()).length;
                out.add(use(toks, i, to, s, longForm));
                i = to - 1;
                continue;
            }
            Tok prefix = DescriptiveSuffix.prefix(toks.get(i), cues);
            DefinedName prefixName = prefix == null ? null : names.get(prefix.text());
            if (prefixName != null) {
                out.add(Spans.candidate(List.of(prefix), 0, 1, s, prefixName.key(), prefixName.display(),
                        prefixName.type(), prefixName.rule(), prefixName.specific(), 0.8));
            }
        }
        return out;
    }

    private static Candidate use(List<Tok> toks, int from, int to, Sentence s, DefinedName name) {
        return Spans.candidate(toks, from, to, s, name.key(), name.display(), name.type(), name.rule(), name.specific(),
                0.85);
    }

    /** The defined name whose long form (two words or more, a final plural allowed) starts at token {@code i}. */
    private static DefinedName longFormAt(List<Tok> toks, int i, PaperNames names) {
        String first = toks.get(i).text();
        for (DefinedName name : names.all()) {
            if (!name.display().regionMatches(true, 0, first, 0, first.length())) {
                continue; // its first word is not this token: the common case, decided before splitting the name
            }
            String[] words = SPACES.split(name.display());
            if (i + words.length > toks.size() || words.length < 2) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                String w = toks.get(i + k).text();
                all = w.equalsIgnoreCase(words[k]) || k == words.length - 1
                        && w.toLowerCase(Locale.ROOT).equals(words[k].toLowerCase(Locale.ROOT) + "s");
            }
            if (all) {
                return name;
            }
        }
        return null;
    }
}
