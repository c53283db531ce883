"""Document-level credibility checks: what a whole article leaves out.

EVD050 unsourced-medical-claims (JAMA attribution), EVD051 no-comparison-with-alternatives
(HealthNewsReview criterion 7), COM050 costs-not-mentioned (HealthNewsReview criterion 1),
COM051 undisclosed-commercial-interest (HealthNewsReview criterion 6, JAMA disclosure). The
publication date (JAMA currency) is TIM003 and the author (JAMA authorship) STR005.

Each is info by default and fires at most once per document. "Makes medical claims" and
"promotes a treatment" reuse RSK001's patterns (a treatment word and a favourable word in one
sentence that is not negated, hedged, a question or reported), needing two such sentences.
What counts as having sources, costs, alternatives or a disclosure is deliberately generous: a
single mention is enough (precision first - these checks flag absence, and an absence is only
worth reporting when it is clear).
"""

from __future__ import annotations

import regex

from mslint.analysis.stance import CONDITIONAL, DISPUTED, HEDGED, NEGATED, QUESTION, REPORTED
from mslint.rules.risk import contexts_of
from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint.rules.commercial import referral_reason
from mslint.rules.risk import MIN_FAVOURABLE_SENTENCES, TREATMENT, favourable_claims
from mslint import patterns
from mslint.engine.prefilter import may_occur, search_document, sentences_that_may_match

JAMA_ATTRIBUTION = ("JAMA benchmarks (Silberg, Lundberg & Musacchio, JAMA 1997;277:1244): attribution - references "
                    "and sources for all content")
JAMA_DISCLOSURE = ("JAMA benchmarks (Silberg 1997): disclosure - ownership, sponsorship, advertising, commercial "
                   "funding and conflicts of interest")
HNR_1 = "HealthNewsReview.org criterion 1: does the story adequately discuss the costs of the intervention?"
HNR_6 = "HealthNewsReview.org criterion 6: does the story use independent sources and identify conflicts of interest?"
HNR_7 = "HealthNewsReview.org criterion 7: does the story compare the new approach with existing alternatives?"
DISCERN_SOURCES = "DISCERN (Charnock 1999) question 4: is it clear what sources of information were used?"
DISCERN_CHOICES = "DISCERN (Charnock 1999) question 13: is it clear that there may be more than one possible treatment choice?"
HONCODE_7 = "HONcode principle 7 (financial disclosure) and 8 (advertising policy)"



def _promotes(document):
    """The sentence of the first favourable claim (the title's if it makes one), or None when fewer than two."""
    claims = favourable_claims(document)
    if len(claims) < MIN_FAVOURABLE_SENTENCES:
        return None
    title = next((s for s, _ in claims if document.blocks[s.block].kind == "title"), None)
    sentence = title or claims[0][0]
    return sentence.start, sentence.end


# -- EVD050: no sources -----------------------------------------------------------------------

EVIDENCE_HOSTS = patterns.compile(
    r"(?:doi\.org|pubmed|ncbi\.nlm\.nih\.gov|europepmc|clinicaltrials\.gov|clinicaltrialsregister|isrctn|\.gov(?:\.\w\w)?/|"
    r"\.gov$|\.edu/|\.edu$|\.ac\.uk|nhs\.uk|nice\.org\.uk|who\.int|ema\.europa\.eu|cochrane|nejm\.org|thelancet|"
    r"bmj\.com|jamanetwork|nature\.com|science\.org|sciencedirect|springer|wiley|academic\.oup|sagepub|neurology\.org|"
    r"frontiersin|plos|mdpi|tandfonline|cell\.com|medrxiv|biorxiv|nationalmssociety|mssociety|msif\.org|"
    r"closerlookatstemcells|isscr|mstrust|ectrims|journals?\.|/journal/|/doi/|/article/)",
    regex.IGNORECASE,
)
# Citations: names of journals and citation shapes are case-sensitive, the phrases around them are not.
CITATION = patterns.compile(
    r"\bet\s+al\b|\band\s+colleagues\b|\bdoi\s*:?\s*10\.\d{4}|\b10\.\d{4,5}/\S+|\bPMID\b|\bPMC\d+|\bISBN\b|"
    r"\b(?:Journal|Lancet|JAMA|BMJ|NEJM|Cochrane|Annals\s+of|Nature\s+(?:Medicine|Reviews|Communications)|"
    r"New\s+England\s+Journal|Bone\s+Marrow\s+Transplant(?:ation)?|Multiple\s+Sclerosis\s+Journal|Brain|"
    r"Neurology(?=\s*(?:,|\(|\d|in\s+(?:19|20)\d\d))|ClinicalTrials\.gov)\b|"
    r"\b(?i:published|reported|appeared)\s+(?i:in)\s+(?i:the\s+)?(?i:journal\s+)?[A-Z][\w&-]*|"
    r"\b(?i:according\s+to)\s+(?i:the\s+|a\s+)?(?:(?i:(?:\d{4}\s+)?(?:study|trial|review|meta-analysis|report|guidance|"
    r"guidelines?|registry|survey|data|figures|atlas))|[A-Z][\w&-]*)|"
    r"^\s*(?i:sources?|references?|bibliography|further\s+reading|evidence|citations?)\s*:?(?:\s|$)|"
    r"\((?:[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?(?:\s+et\s+al\.?)?,?\s+(?:19|20)\d\d[a-z]?)\)",
    regex.MULTILINE,
)


def has_sources(document) -> bool:
    if any(EVIDENCE_HOSTS.search(link.url) for link in document.links):
        return True
    return search_document(document, CITATION) is not None


class UnsourcedMedicalClaims(Rule):
    meta = RuleMeta(
        code="EVD050",
        name="unsourced-medical-claims",
        category="evidence",
        severity=Severity.INFO,
        scope="document",
        summary="The article makes medical claims but cites no source at all",
        docs=RuleDocs(
            what="Flags an article that presents a treatment favourably in at least two sentences (the patterns of "
            "RSK001) and gives no source anywhere: no link to a journal, registry, public-health body or patient "
            "organisation, no citation (\"et al.\", \"and colleagues, 2019\", a DOI, PMID, a journal name, "
            "\"published in ...\", \"according to the ... study\"), no \"Sources\" or \"References\" line. One "
            "finding, on the first favourable claim. Whether the sources are good ones is for the reader - and for "
            "EVD001 on \"studies show\".",
            why="A claim about a treatment is only as good as the evidence behind it, and readers can only check it "
            "if the article says where it comes from. Attribution is one of the four JAMA benchmarks; DISCERN asks "
            "whether it is clear what sources were used.",
            bad=(
                "Our stem cell treatment restores mobility in patients with MS. The therapy repairs nerve damage, "
                "and most patients see improvements within weeks.",
            ),
            good=(
                "Stem cell transplantation stopped relapses in most patients in a randomised trial (Burt et al., "
                "JAMA 2019). The treatment also improved disability scores.",
            ),
            better="Name the evidence and link to it: \"In the MIST trial (Burt et al., JAMA 2019; "
            "doi:10.1001/jama.2018.18070), ...\".",
        ),
        references=(JAMA_ATTRIBUTION, DISCERN_SOURCES, "HONcode principle 4 (attribution)"),
    )

    def check(self, document, unit, options):
        span = _promotes(document)
        if span is None or has_sources(document):
            return
        yield Hit(*span, "Medical claims with no source: the article cites no study, journal, registry or "
                  "organisation for them")


# -- EVD051: no alternatives ------------------------------------------------------------------

ALTERNATIVES = patterns.compile(
    r"\b(?:compar(?:e|es|ed|ing|ison|isons)|versus|vs\.?|alternatives?|other\s+(?:treatments?|options?|therap(?:y|ies)|"
    r"medicines?|medications?|drugs?|approaches|choices)|existing\s+(?:treatments?|options?|therap(?:y|ies)|medicines?|"
    r"drugs?)|standard\s+(?:treatments?|care|therap(?:y|ies)|of\s+care)|usual\s+(?:care|treatment)|"
    r"disease[\s-]modifying|DMTs?|approved\s+(?:treatments?|medicines?|drugs?|therap(?:y|ies))|licensed\s+"
    r"(?:treatments?|medicines?|drugs?)|high[\s-]efficacy|first[\s-]line|second[\s-]line|(?:better|worse|more\s+"
    r"effective|less\s+effective|safer|riskier)\s+than|instead\s+of|rather\s+than|another\s+option|treatment\s+options|"
    r"ocrelizumab|natalizumab|alemtuzumab|fingolimod|interferons?|glatiramer|cladribine|ofatumumab|ublituximab|"
    r"siponimod|ozanimod|ponesimod|dimethyl\s+fumarate|teriflunomide|rituximab|mitoxantrone|Ocrevus|Tysabri|Lemtrada|"
    r"Gilenya|Kesimpta|Mavenclad|Copaxone|Tecfidera|Aubagio|Briumvi|placebo|control\s+group)\b",
    regex.IGNORECASE,
)


class NoComparisonWithAlternatives(Rule):
    meta = RuleMeta(
        code="EVD051",
        name="no-comparison-with-alternatives",
        category="evidence",
        severity=Severity.INFO,
        scope="document",
        summary="A treatment is promoted with no word about the existing alternatives",
        docs=RuleDocs(
            what="Flags an article that presents a treatment favourably in at least two sentences but never mentions "
            "another option: no comparison, no \"alternatives\", \"other treatments\", \"standard care\", "
            "\"disease-modifying\" or \"approved\" medicines, no named MS medicine, no placebo or control group. "
            "One finding, on the first favourable claim.",
            why="Whether a treatment is worth having depends on what else is on offer: a benefit that existing "
            "medicines give with fewer risks is no benefit. HealthNewsReview criterion 7 asks whether the new "
            "approach is compared with existing alternatives; DISCERN asks whether it is clear there may be more "
            "than one choice.",
            bad=(
                "Our stem cell treatment restores mobility in patients with MS. The therapy repairs nerve damage, "
                "and most patients see improvements within weeks.",
            ),
            good=(
                "Stem cell transplantation stopped relapses in most patients. The treatment worked better than "
                "the best available disease-modifying medicines in a randomised trial.",
            ),
            better="Say what else exists and how it compares: \"In the MIST trial transplantation was compared with "
            "high-efficacy medicines ...\".",
        ),
        references=(HNR_7, DISCERN_CHOICES),
    )

    def check(self, document, unit, options):
        span = _promotes(document)
        if span is None or search_document(document, ALTERNATIVES):
            return
        yield Hit(*span, "A treatment is promoted, but the article never compares it with existing alternatives")


# -- COM050: no costs ---------------------------------------------------------------------------

# "\b\d[\d,.]{0,30}" and not "[\d,.]*" before a currency word: in a long list of numbers
# ("1,2,3,...") every number starts a search that would read to the end of the list (quadratic
# time: 58 KB took a minute). No amount is written with more than 31 digits and separators.

COSTS = patterns.compile(
    r"(?:[$€£¥₹]\s?\d|\b(?:US\$|USD|EUR|GBP|CAD|AUD)\s?\d|\b\d[\d,.]{0,30}\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b|"
    r"\b(?:costs?|costing|costly|price[sd]?|pricing|fees?|charges?|charged|pay|pays|paid|paying|payment|afford\w*|"
    r"expensive|cheap\w*|inexpensive|insurance|insurers?|insured|reimburs\w*|funded|funding|free\s+of\s+charge|"
    r"out[\s-]of[\s-]pocket|budget|financ\w*|money|packages?|quotes?)\b)",
    regex.IGNORECASE,
)
# The treatment is on offer to the reader (sold, bookable), not only studied or prescribed: its cost
# is then a question readers have. Research news and leaflets about prescribed medicines are left alone.
AVAILABLE = patterns.compile(
    r"\b(?:we\s+(?:now\s+)?(?:offer|provide|treat|perform|deliver)|our\s+(?:[\w-]+\s+){0,2}?(?:clinic|centre|center|"
    r"hospital|program(?:me)?|protocol|treatments?|therap(?:y|ies)|infusions?|procedures?|packages?)|"
    r"(?:is|are)\s+(?:now\s+)?(?:available|offered|on\s+offer)\s+(?:at|to|for|in|without|through|from|now)|"
    r"(?:now|widely)\s+available|(?:began|begins|started|starts|now)\s+offering|"
    r"(?:book|request|schedule|reserve)\s+(?:a|an|your)\s+(?:\w+\s+)?(?:consultation|appointment|treatment|call)|"
    r"travel(?:led|ed|ing|ling|s)?\s+(?:abroad|overseas|to\s+(?-i:[A-Z])\w+)\s+for\s+(?:treatment|the\s+procedure|stem)|"
    r"clinics?\s+(?:abroad|overseas|in\s+(?-i:[A-Z])\w+))\b",
    regex.IGNORECASE,
)


class CostsNotMentioned(Rule):
    meta = RuleMeta(
        code="COM050",
        name="costs-not-mentioned",
        category="commercial",
        severity=Severity.INFO,
        scope="document",
        summary="A treatment on offer is promoted but its cost is never mentioned",
        docs=RuleDocs(
            what="Flags an article that presents a treatment favourably in at least two sentences, offers it in a "
            "sentence of its own (\"we offer\", \"our protocol\", \"is available at\", \"book a consultation\", "
            "\"a clinic in Mexico\", \"travelled abroad for treatment\"), and never mentions "
            "what it costs or who pays: no price or amount, no \"cost\", \"fee\", \"price\", \"insurance\", "
            "\"funded\", \"afford\", \"package\" or \"quote\". One finding, on the sentence that offers the treatment.",
            why="Cost decides whether a treatment is an option at all, and private stem-cell treatments often cost "
            "tens of thousands: leaving the price out hides the commitment until the reader is already "
            "persuaded. HealthNewsReview criterion 1 asks whether the story discusses the costs of the intervention.",
            bad=(
                "Our clinic offers stem cell treatment for MS. The therapy restores mobility, and most patients "
                "see improvements within weeks.",
            ),
            good=(
                "Our clinic offers stem cell treatment for MS. The therapy restores mobility, and most patients see "
                "improvements within weeks. Treatment costs 25,000 dollars and is not covered by insurance.",
            ),
            better="Give the full price and what it includes, and whether any health system or insurer pays: "
            "\"Treatment costs about $45,000, plus travel; health insurers rarely cover it.\"",
        ),
        references=(HNR_1, "ISSCR guidance on stem-cell treatments: high fees are a warning sign"),
    )

    def check(self, document, unit, options):
        text = document.text
        if search_document(document, COSTS) or _promotes(document) is None:
            return
        # The finding sits on the sentence that offers the treatment: that is where its price belongs.
        for sentence in document.sentences:
            sentence_text = text[sentence.start : sentence.end]
            if AVAILABLE.search(sentence_text) and TREATMENT.search(sentence_text):
                yield Hit(sentence.start, sentence.end,
                          "A treatment on offer is promoted, but the article never says what it costs or who pays")
                return


# -- COM051: commercial content without disclosure -----------------------------------------------

PRICE = patterns.compile(
    r"(?:[$€£¥₹]\s?\d[\d,.]*|\b(?:US\$|USD|EUR|GBP)\s?\d[\d,.]*|\b\d[\d,.]{0,30}\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b)",
    regex.IGNORECASE,
)
CALL_TO_ACTION = patterns.compile(
    r"\b(?:book|reserve|schedule|secure|claim|request)\s+(?:a|an|your|our|one\s+of\s+the)?\s*(?:free\s+)?"
    r"(?:\d{1,3}[-\s]?(?:minute|min|hour)\s+)?(?:limited\s+)?(?:discovery\s+)?"
    # one word saying what kind: "book a video consultation", "book a laser session" (not the reader's
    # own doctor's: "book a routine appointment", "book a GP appointment")
    r"(?:(?!(?:to|for|of|and|or|with|in|routine|gp|nhs|hospital|urgent|same-day|follow-up)\b)[a-z]+[-\s])?"
    r"(?:consultation|consult|appointment|assessment|spots?|places?|slots?|seats?|treatment|call|"
    # (not advice on when to see someone: "please book an appointment if the lump bleeds")
    r"sessions?|course|package|scan|check|class(?:es)?|programme|program|retreat)\b(?!\s*(?:if|when|whenever)\b)|"
    r"\b(?:order|buy)\s+(?:a|an|your|the)\s+(?:\w+\s+)?(?:course|pack|bottle|kit|box|supply|set|session)\b|"
    # (not a relative clause that tells who gets in touch: "many of the adults who contact us have waited")
    r"(?<!\b(?:who|that|which|people|adults|families|parents|patients)\s+)"
    r"\b(?:call|contact|phone|text|message|email|whatsapp)\s+(?:us|our\s+(?:team|clinic|office|coordinators?)|the\s+clinic)\b|"
    r"\b(?:can|could)\s+call\s+the\s+clinic\b|\bcall\s+the\s+clinic['’]s\b|"
    r"\b(?:get|request|receive)\s+(?:a|your)\s+(?:free\s+)?(?:quote|consultation|evaluation)\b|\bfree\s+(?:quote|consultation)\b|"
    r"\b(?:order|buy|shop|enrol|enroll|register|sign\s+up|apply)\s+(?:now|today|here|online)\b|"
    r"\bsave\s+your\s+(?:seat|spot|place)\b|\buse\s+(?:the\s+)?code\b|\bpromo(?:tional)?\s+code\b|\b\d{1,2}\s?%\s+off\b|"
    r"\b(?:limited|only\s+\w+)\s+(?:spots?|places?|seats?)\b|\bbook\s+(?:now|today|soon|online)\b|"
    # a shop's button: "Add to basket"
    r"\badd\s+to\s+(?:basket|cart|bag|trolley)\b|"
    # a membership or a course joined today, a code to quote (v0.30.30, set 116): "Join the Myelin
    # Membership today", "if you join tonight", "half price with code JOBRAVE50"
    r"\b(?:join|sign\s+up\s+(?:to|for)|enrol\s+(?:in|on)|subscribe\s+to)\s+(?:the|our)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:membership|programme|program|course|club|plan|community|subscription|roadmap|challenge)\s+(?:today|now|tonight)\b|"
    r"\bif\s+you\s+(?:join|sign\s+up|enrol|enroll|order|book|buy|subscribe)\s+(?:today|now|tonight|this\s+week)\b|"
    r"\bwith\s+(?:the\s+)?code\s+[A-Z0-9]{4,}\b",
    regex.IGNORECASE,
)
DISCLOSURE = patterns.compile(
    r"\b(?:disclos\w+|conflicts?\s+of\s+interests?|competing\s+interests?|sponsor(?:ed|s|ship)?|paid\s+(?:partnership|"
    r"promotion|content|for\s+by|post)|advertis(?:ement|ing|er|ers)|advertorial|affiliate|commissions?|we\s+(?:earn|"
    r"receive|get|may\s+earn|are\s+paid)|earns?\s+(?:us|me)|funded\s+by|owned\s+by|financial\s+(?:interests?|"
    r"relationships?|ties)|(?:is|are)\s+(?:employed|paid)\s+by|shareholders?|stake\s+in|consultant\s+(?:to|for))\b",
    regex.IGNORECASE,
)
# The seller speaking for itself ("our clinic", "we offer"): its interest is plain to the reader.
FIRST_PARTY = patterns.compile(
    r"\b(?:our\s+(?:[\w-]+\s+){0,2}?(?:clinic|centre|center|hospital|institute|team|program(?:me)?|protocol|"
    r"treatments?|therap(?:y|ies)|"
    r"packages?|prices?|academy|company|products?|services?|doctors?|physicians?|specialists?|faculty|course|"
    r"patients|infusions?|facility|facilities|laboratory|lab|staff|coordinators?|webinar|session)|"
    r"we\s+(?:offer|provide|treat|sell|charge|perform|deliver|use)|at\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3},?\s+we)\b",
    regex.IGNORECASE,
)
MIN_COMMERCIAL_SIGNALS = 2
MIN_FIRST_PARTY = 2


# A call to action quoted or warned about ("phrases such as 'book today' are sales techniques") sells nothing.
NOT_SELLING = frozenset({NEGATED, QUESTION, REPORTED, HEDGED, DISPUTED, CONDITIONAL})


def commercial_signals(document) -> list[tuple[int, int]]:
    """Prices, calls to buy and referral links: the page's commercial passages."""
    return sorted(set(_spans(document, PRICE) + selling_calls(document) + referral_links(document)))


def selling_calls(document) -> list[tuple[int, int]]:
    """Calls to buy, book or order that the page makes itself (not negated, asked or reported)."""
    return [(sentence.start + start, sentence.start + end) for sentence, start, end in _matches(document, CALL_TO_ACTION)
            if not contexts_of(document, sentence.start, start, end) & NOT_SELLING]


def referral_links(document) -> list[tuple[int, int]]:
    return [(link.text_start, link.text_end) for link in document.links
            if link.text_end > link.text_start and referral_reason(link.url)]


def _spans(document, pattern) -> list[tuple[int, int]]:
    return [(sentence.start + start, sentence.start + end) for sentence, start, end in _matches(document, pattern)]


def _matches(document, pattern):
    """(sentence, start, end) of each match, offsets within the sentence."""
    text = document.text
    for sentence in sentences_that_may_match(document, pattern):
        for match in pattern.finditer(text[sentence.start : sentence.end]):
            yield sentence, match.start(), match.end()


class UndisclosedCommercialInterest(Rule):
    meta = RuleMeta(
        code="COM051",
        name="undisclosed-commercial-interest",
        category="commercial",
        severity=Severity.INFO,
        scope="document",
        summary="Commercial content (prices, calls to action, referral links) with no disclosure of interests",
        docs=RuleDocs(
            what="Flags an article with commercial content - at least two of: prices, calls to action (\"book a "
            "consultation\", \"call the clinic\", \"save your seat\", \"use code ...\"), referral links - that "
            "nowhere discloses who benefits: no \"disclosure\", \"sponsored\", \"advertisement\", \"affiliate\", "
            "\"commission\", \"conflict of interest\", \"funded by\". A page where the seller speaks for itself "
            "(\"our clinic\", \"we offer\") states its ownership and is not flagged: the rule is about selling "
            "inside content that looks independent - news, blogs, guides. One finding, on the first commercial "
            "element.",
            why="Readers trust a news story or a patient's blog differently from an advertisement. When money changes "
            "hands - a sponsor, a commission, a clinic paying for coverage - readers are owed a disclosure. "
            "HealthNewsReview criterion 6 asks for conflicts of interest to be identified; disclosure of "
            "sponsorship and advertising is a JAMA benchmark.",
            bad=(
                "Karen flew to Mexico for stem cell treatment and now walks without a cane. To book a consultation, "
                "readers can call the clinic's US office. Treatment costs $45,000.",
            ),
            good=(
                "Disclosure: this article was sponsored by the clinic. Karen flew to Mexico for treatment. To book "
                "a consultation, readers can call the clinic's US office. Treatment costs $45,000.",
                "Treatment in Mexico costs about $45,000, and insurers rarely pay.",
            ),
            better="Say who paid or who earns: \"This article was sponsored by ...\", \"We earn a commission on "
            "bookings made through these links\" - or take the selling out of the article.",
        ),
        references=(HNR_6, JAMA_DISCLOSURE, HONCODE_7),
    )

    def check(self, document, unit, options):
        signals = commercial_signals(document)
        if len(signals) < MIN_COMMERCIAL_SIGNALS:
            return
        text = document.text
        if search_document(document, DISCLOSURE) or (
                may_occur(document, FIRST_PARTY) and len(FIRST_PARTY.findall(text)) >= MIN_FIRST_PARTY):
            return
        start, end = signals[0]
        yield Hit(start, end, "Commercial content (prices, calls to action or referral links) with no disclosure "
                  "of who pays or who earns")


def credibility_rules():
    return [UnsourcedMedicalClaims(), NoComparisonWithAlternatives(), CostsNotMentioned(), UndisclosedCommercialInterest()]
