package org.papergraph.extractor.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.Role;

/**
 * The rule data files ({@code rules/}): the word lists every rule family reads, so that what a rule knows can be
 * read and changed without touching its code.
 */
final class Cues {

    private static final Pattern MODELLED_ON = Pattern.compile("based|type|style|like");
    private static final Pattern PROCESS_NOUN = Pattern.compile("[a-z]{2,}(tion|sion|ment|ance|ence|ing)");

    /** Head nouns that type the noun phrase they end. */
    final Map<String, ConceptType> heads = new HashMap<>();
    /** Words that never make a concept on their own, nor open one's name. */
    final Set<String> generic = new HashSet<>();
    /** Words whose presence in a sentence gives its concepts a role. */
    final Map<String, Role> roles = new HashMap<>();
    /** Words that say what kind of thing a name next to them is. */
    final Map<String, ConceptType> typeNouns = new HashMap<>();
    /** Words that extend a name they follow: "Pro", "Instruct". */
    final Set<String> nameSuffixes = new HashSet<>();
    /** Capitalised words a number follows without making a name: "Table 2". */
    final Set<String> notNames = new HashSet<>();
    /** Everyday abbreviations shaped like names. */
    final Set<String> commonAbbreviations = new HashSet<>();
    /** Endings that make a hyphenated word a description built on a concept: "-based". */
    final Set<String> descriptiveSuffixes = new HashSet<>();
    /** Prefixes that make a hyphenated word built on a name a modifier: "pre-LLM". */
    final Set<String> modifierPrefixes = new HashSet<>();
    /** Endings of coined names that say what they are: "-Bench", "-Dataset", "-LLM". */
    final Map<String, ConceptType> nameEndings = new LinkedHashMap<>();
    /** Words an acronym's letters may reach that are not part of its long form: "novel". */
    final Set<String> longFormOpeners = new HashSet<>();
    /** Nouns by which authors speak of their own work: "paper", "study". */
    final Set<String> ownWork = new HashSet<>();
    /** Head nouns that in the plural count instances rather than name a technique: "predictions", "losses". */
    final Set<String> countHeads = new HashSet<>();
    /** Nouns for people: a phrase headed by what they do describes people, not a technique. */
    final Set<String> people = new HashSet<>();
    /** Head nouns that with one plain word before them name a part, not which one: "memory module". */
    final Set<String> weakHeads = new HashSet<>();
    /** Head nouns of classes of applications and devices: "dialogue system", "brain-computer interface". */
    final Set<String> applicationHeads = new HashSet<>();
    /** Lemmas that say a sentence measures something, which a general measure needs to be a metric there. */
    final Set<String> measuringWords = new HashSet<>();
    /** Head nouns that name a concept only with a modifier that says which one: "policy model", not "capable model". */
    final Set<String> broadHeads = new HashSet<>();
    /** The weak heads that name any way of doing something: "approach", "framework". */
    final Set<String> procedureHeads = new HashSet<>();
    /** Endings of hyphenated words that say what a thing is like, not which one it is: "task-specific model". */
    final Set<String> propertyEndings = new HashSet<>();
    /** Adjectives that say which kind a weak head names: "generative models", "recurrent networks". */
    final Set<String> kindAdjectives = new HashSet<>();
    /** Nouns for the part a model plays, which do not say which one a weak head names: "base model". */
    final Set<String> roleModifiers = new HashSet<>();
    /** Nouns that hold the typed phrase before them: "text classification tasks". */
    final Set<String> phraseContainers = new HashSet<>();
    /** Keys of names that are organisations, venues, diseases, signals or modalities, not concepts. */
    final Set<String> notConcepts = new HashSet<>();

    /**
     * The type a head word gives the phrase it ends: the whole word's ("fine-tuning", "self-play"), else
     * its last hyphenated part's ("co-training" is training, "super-resolution" is resolution's).
     */
    ConceptType headType(String lemma) {
        ConceptType t = heads.get(lemma);
        return t != null ? t : heads.get(lastPart(lemma));
    }

    /** The part of a hyphenated word after its last hyphen, or the word. */
    static String lastPart(String word) {
        int dash = word.lastIndexOf('-');
        return dash > 0 && dash < word.length() - 1 ? word.substring(dash + 1) : word;
    }

    /**
     * Whether a hyphenated modifier says which procedure or part a broad head names: what it is based on or
     * modelled on ("transition-based approach", "EM-type algorithms") or a process ("self-refinement methods", "co-teaching mechanism"), not what it
     * is like ("two-stage approach", "few-shot method", "bottom-up framework").
     */
    static boolean compoundNamesProcess(String hyphenated) {
        String last = lastPart(hyphenated.toLowerCase(Locale.ROOT));
        return MODELLED_ON.matcher(last).matches() || PROCESS_NOUN.matcher(last).matches();
    }

    static Cues load() {
        Cues c = new Cues();
        RuleFiles.lines("heads.tsv", true, cols -> c.heads.put(cols[0], ConceptType.fromLabel(cols[1])));
        RuleFiles.lines("generic.txt", false, cols -> c.generic.add(cols[0]));
        RuleFiles.lines("roles.tsv", true, cols -> c.roles.putIfAbsent(cols[0], Role.fromLabel(cols[1])));
        RuleFiles.lines("type-nouns.tsv", true, cols -> c.typeNouns.put(cols[0], ConceptType.fromLabel(cols[1])));
        RuleFiles.lines("name-suffixes.txt", false, cols -> c.nameSuffixes.add(cols[0]));
        RuleFiles.lines("not-names.txt", false, cols -> c.notNames.add(cols[0]));
        RuleFiles.lines("common-abbreviations.txt", false, cols -> c.commonAbbreviations.add(cols[0]));
        RuleFiles.lines("descriptive-suffixes.txt", false, cols -> c.descriptiveSuffixes.add(cols[0]));
        RuleFiles.lines("long-form-openers.txt", false, cols -> c.longFormOpeners.add(cols[0]));
        RuleFiles.lines("modifier-prefixes.txt", false, cols -> c.modifierPrefixes.add(cols[0]));
        RuleFiles.lines("name-endings.tsv", true, cols -> c.nameEndings.put(cols[0], ConceptType.fromLabel(cols[1])));
        RuleFiles.lines("own-work.txt", false, cols -> c.ownWork.add(cols[0]));
        RuleFiles.lines("count-heads.txt", false, cols -> c.countHeads.add(cols[0]));
        RuleFiles.lines("people-nouns.txt", false, cols -> c.people.add(cols[0]));
        RuleFiles.lines("weak-heads.txt", false, cols -> {
            c.weakHeads.add(cols[0]);
            if (cols.length > 1 && cols[1].equals("procedure")) {
                c.procedureHeads.add(cols[0]);
            }
        });
        RuleFiles.lines("application-heads.txt", false, cols -> c.applicationHeads.add(cols[0]));
        RuleFiles.lines("measuring-words.txt", false, cols -> c.measuringWords.add(cols[0]));
        RuleFiles.lines("broad-heads.txt", false, cols -> c.broadHeads.add(cols[0]));
        RuleFiles.lines("property-endings.txt", false, cols -> c.propertyEndings.add(cols[0]));
        RuleFiles.lines("kind-adjectives.txt", false, cols -> c.kindAdjectives.add(cols[0]));
        RuleFiles.lines("role-modifiers.txt", false, cols -> c.roleModifiers.add(cols[0]));
        RuleFiles.lines("phrase-containers.txt", false, cols -> c.phraseContainers.add(cols[0]));
        RuleFiles.lines("not-concepts.tsv", true, cols -> c.notConcepts.add(Normalise.key(cols[0])));
        return c;
    }
}
