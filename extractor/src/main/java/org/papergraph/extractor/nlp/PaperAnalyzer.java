package org.papergraph.extractor.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.extractor.model.ConceptType;
import org.papergraph.extractor.model.ExtractionRule;
import org.papergraph.extractor.model.Mention;
import org.papergraph.extractor.model.Role;
import org.papergraph.extractor.results.ConceptSpan;
import org.papergraph.extractor.results.ResultFinding;
import org.papergraph.extractor.results.ResultReader;

/**
 * Finds the candidate concept mentions of one paper. The rule families run in two passes: the ones that find names
 * the paper defines (acronym definitions, its title's name) over the whole paper first, so a name defined late is
 * found early too; then, sentence by sentence, the uses of those names, the lexicon, name shapes and typed noun
 * phrases. Where candidates overlap the earlier rule wins, except that a phrase refining a general lexicon concept
 * replaces it. Then every candidate passes the {@link NameGate}, and gets the role its sentence gives it. Last, the
 * {@link ResultReader} reads the paper's result claims, with the concepts found.
 */
final class PaperAnalyzer {

    private final List<CandidateRule> defining;
    private final List<CandidateRule> finding;
    private final NameGate gate;
    private final RoleAssigner roles;
    private final ContextTypes types;
    private final ResultReader results = new ResultReader();

    PaperAnalyzer(Lexicon lexicon, Cues cues) {
        this.defining = List.of(new AcronymDefinitionRule(lexicon, cues), new TitleNameRule(lexicon, cues));
        this.finding = List.of(new DefinedNameUses(cues), new LexiconRule(lexicon, cues),
                new NameShapeRule(lexicon, cues), new ProposedPhraseRule(cues), new TypedPhraseRule(cues));
        this.gate = new NameGate(cues);
        this.roles = new RoleAssigner(cues);
        this.types = new ContextTypes(cues);
    }

    /**
     * The candidates of one paper, the names it defines, the written forms another paper's definitions must not
     * explain here, the acronyms it spells out as descriptions ("out-of-distribution (OOD)"), and its results.
     */
    record Result(List<Candidate> candidates, Map<String, DefinedName> defined, Set<String> notFromOtherPapers,
                  Set<String> declined, List<ResultFinding> results) {
    }

    /** @param title the title's sentences, tokens with offsets into {@code titleText} */
    Result analyze(String titleText, List<List<Tok>> title, String abstractText, List<List<Tok>> abstractSentences) {
        List<Sentence> all = new ArrayList<>(title.size() + abstractSentences.size());
        for (List<Tok> toks : title) {
            all.add(new Sentence(toks, Mention.TITLE, all.size()));
        }
        for (List<Tok> toks : abstractSentences) {
            all.add(new Sentence(toks, Mention.ABSTRACT, all.size()));
        }
        PaperNames names = new PaperNames();
        List<Candidate> out = new ArrayList<>();
        for (CandidateRule rule : defining) {
            for (Sentence s : all) {
                addNew(out, rule.find(s, names));
            }
        }
        for (Sentence s : all) {
            List<Candidate> found = new ArrayList<>();
            for (CandidateRule rule : finding) {
                found.addAll(rule.find(s, names));
            }
            // A candidate the gate turns away does not hide the shorter ones it overlaps.
            found.removeIf(c -> !gate.admits(c, s.toks()));
            preferSpecialisedPhrases(found);
            addNew(out, found);
        }
        out.removeIf(c -> !gate.admits(c, all.get(c.sentence()).toks()));
        // "ARs" in a paper on aspect ratios, "PLM" in one on peripheral language models: not the lexicon's acronym.
        List<Candidate> kept = List.copyOf(out);
        out.removeIf(c -> Acronyms.spelledOutOtherwise(c, all, kept));
        types.retype(out, all);
        int firstOwn = roles.firstOwnSentence(all, title.size());
        List<Candidate> withRoles = new ArrayList<>(out.size());
        for (Candidate c : out) {
            Role r = roles.role(c, all.get(c.sentence()));
            // Abstracts open with background: what those sentences name, the paper mentions.
            if (r == Role.USES && c.sentence() >= title.size() && c.sentence() < firstOwn) {
                r = Role.MENTIONS;
            }
            withRoles.add(c.withRole(r));
        }
        List<ConceptSpan> spans = withRoles.stream().map(c -> new ConceptSpan(c.sentence(), c.tokFrom(), c.tokTo(),
                c.field(), c.start(), c.end(), c.type(), c.role(), c.specific())).toList();
        return new Result(withRoles, names.definitions(), names.notFromOtherPapers(), names.declinedOnly(),
                results.read(titleText, title, abstractText, abstractSentences, spans));
    }

    /**
     * Adds the candidates that overlap none already found: earlier rules win. A model named by a typed phrase around
     * a task or method is a concept of its own beside it: a "coreference resolution model" is a model for a task (in
     * the plural, "text mining models" is a loose class, not a model).
     */
    private static void addNew(List<Candidate> out, List<Candidate> found) {
        for (Candidate c : found) {
            if (out.stream().noneMatch(o -> c.overlaps(o) && !holdsOtherType(c, o))) {
                out.add(c);
            }
        }
    }

    private static boolean holdsOtherType(Candidate phrase, Candidate inner) {
        return phrase.rule() == ExtractionRule.TYPED_PHRASE && phrase.type() == ConceptType.MODEL
                && inner.type() != ConceptType.MODEL && !phrase.text().endsWith("s")
                && phrase.field().equals(inner.field()) && phrase.start() <= inner.start() && inner.end() < phrase.end();
    }

    /**
     * "multi-agent reinforcement learning" is its own method, not "reinforcement learning": a phrase that
     * ends with a general lexicon concept and adds modifiers replaces it, keeping the lexicon's type.
     */
    private static void preferSpecialisedPhrases(List<Candidate> found) {
        for (int i = 0; i < found.size(); i++) {
            Candidate lex = found.get(i);
            if (lex.rule() != ExtractionRule.LEXICON || lex.specific()) {
                continue;
            }
            for (Candidate p : found) {
                if (p.rule() == ExtractionRule.TYPED_PHRASE && p.end() == lex.end() && p.start() < lex.start()
                        && p.field().equals(lex.field())) {
                    found.set(i, new Candidate(p.field(), p.sentence(), p.tokFrom(), p.tokTo(), p.start(), p.end(),
                            p.text(), p.key(), p.display(), lex.type(), p.rule(), false, p.role(), lex.confidence()));
                    break;
                }
            }
        }
    }

    /** Reading order: the title's mentions, then the abstract's. */
    static final Comparator<Candidate> TITLE_FIRST =
            Comparator.comparing((Candidate c) -> !c.field().equals(Mention.TITLE)).thenComparingInt(Candidate::start);
}
