"""Name spans the statistical model cuts short or misses, corrected by rules over the tokens.

After the model's NER, the linker's view of the entity spans (the names the model misses are found
before it, in ``kg.nlp.missed_spans``):

- a span the model ran across a sentence end, a spaced dash or a colon is cut there ("on X. He said",
  "Syrian Druze - part of", a headline's "Zelania: Army says"), and a possessive it took in is left out ("The Wagner Group's"),
  as are a lower-case compass word before the name ("south Kashmir's": "Kashmir") and a slash after it ("(ANI/Xinhua)");
- an organisation's name cut before "of" and the unknown state it belongs to is joined to it ("The
  Ministry of Foreign Affairs of the Republic of Kalmar");
- a place name followed by the head of an administrative area ("Tessin province") or of a
  facility ("the Rafah border crossing", "the Kisangani-Bunia road", with both names of a
  hyphenated compound) takes the head: an area is the same place as its bare name, a facility a
  new place;
- a person's name cut short takes the capitalised name words beside it ("President Roch Marc
  Christian Kabore"); one run across an office's portfolio or body starts after it ("Minister for
  Political Affairs Rustam Karimov", "Secretary of the Security Council Armen Grigoryan");
- an organisation or force name no span holds, ending with its capitalised head ("the Lord's
  Resistance Army", "the Sudanese Doctors Network"), is added;
- no name inside a photo credit ("(Photo: AFP/STR)") is an entity, nor a title the model took
  for an organisation before a person's name ("Ukrainian Prosecutor General Andriy Kostin").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from kg.nlp.doccache import TokenTable, doc_text, token_table
from kg.nlp.missed_spans import ACRONYM, DASHES, capitalised, proper
from kg.nlp.names import LinkingLexicon, compass_adjective, extends_name, hyphenated_group
from kg.nlp.templates import POSSESSIVES
from kg.timex.patterns import CLOCK_ZONE

_PLACE_LABELS = ("GPE", "LOC", "FAC")
_TITLE_LABELS = ("WORK_OF_ART",)  # a label the model gives a title-case name of a body it does not know
_OPENING = ("(", "[")
_CLOSING = (")", "]")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
#: The initial of a middle name: one capital and its dot ("P.").
_INITIAL = re.compile(r"^[A-Z]\.$")
#: How far back a photo credit's opening bracket may be.
_CREDIT_REACH = 8


def corrected_spans(doc: Doc, lexicon: LinkingLexicon, references: Collection[tuple[int, int]],
                    seats: Callable[[str], bool]) -> list[Span]:
    """The entity spans of ``doc`` with place heads taken in and photo credits left out (template
    references, at ``references``, are left as they are)."""
    spans = []
    for entity in doc.ents:
        if _in_photo_credit(entity, lexicon) or _title_of_person(entity, lexicon) or _clock_zone(entity):
            continue
        if (entity.start, entity.end) in references:
            spans.append(entity)
            continue
        span = _without_portfolio(entity, lexicon)
        if span is not None:
            spans.append(_without_member_noun(_holder_of_portfolio(_with_head(_without_possessive(_trimmed(unbroken(span), lexicon)), lexicon), lexicon), lexicon))
    spans = [part for span in spans for part in _acronym_and_place(span, lexicon)]
    missed = _missed_body_names(doc, lexicon)
    spans = _without_overlaps([span for span in spans if not (span.label_ in _TITLE_LABELS and _overlaps_any(span, missed))] + missed)
    joined = _with_owners(_joined_hyphenated_names(_joined_at_particles(_without_overlaps(spans + _people_listed_with_people(doc, spans, lexicon)), lexicon)), lexicon)
    return _bodies_run_on(joined, lexicon, references, seats)


def _acronym_and_place(span: Span, lexicon: LinkingLexicon) -> list[Span]:
    """A unit's acronym and the place it serves, which the model ran into one name ("DRG Kanpur", "the joint
    teams of DRG Kanpur and STF", as South Asian outlets name a district's unit): two names, the acronym and the
    place, when the document writes each also apart (the acronym in brackets or alone, the place alone);
    not a name whose first word is a title ("SP Kanpur") or one the document writes only whole."""
    doc = span.doc
    if len(span) != 2 or not ACRONYM.match(span[0].text) or not span[1].is_title or not span[1].is_alpha:
        return [span]
    acronym, place = span[0], span[1]
    if acronym.lower_ in lexicon.honorifics or acronym.lower_ in lexicon.non_name_words or acronym.lower_ in lexicon.person_roles:
        return [span]
    words = token_table(doc).text
    alone = any(word == acronym.text and not (i + 1 < len(words) and words[i + 1] == place.text) for i, word in enumerate(words))
    apart = any(word == place.text and not (i > 0 and words[i - 1] == acronym.text) for i, word in enumerate(words))
    if not alone or not apart:
        return [span]
    return [Span(doc, acronym.i, acronym.i + 1, label="ORG"), Span(doc, place.i, place.i + 1, label="GPE")]


def _bodies_run_on(spans: list[Span], lexicon: LinkingLexicon, references: Collection[tuple[int, int]],
                   seats: Callable[[str], bool]) -> list[Span]:
    """Spans in text order, a body's name the model cut after its capitalised head (or after the "of"
    that follows it) joined to the "of", "in" or "for" and the proper name right after it, tagged
    apart or not at all ("[the News Agency of] [Nigeria]", "[the Coordination of Resistance Committees]
    in [El Fasher]", "[the US Department] of State"); the name after it stays a name of its own. Not a
    name the gazetteer or a template knows, one word alone ("the Council in Geneva"), a lower-case head
    ("the health department of Gaza"), nor a ministry or other government body after "in", nor any body
    before "in" and a capital that stands for its state (``seats``): where it sits ("the Interior
    Ministry in Khartoum", "the Presidential Council in Tripoli")."""
    if not spans:
        return spans
    doc = spans[0].doc
    table = token_table(doc)
    covered = {i for span in spans for i in range(span.start, span.end)}
    starts = {span.start: span for span in spans if span.label_ in ("GPE", "LOC", "ORG")}
    joined: list[Span] = []
    for span in spans:
        joined.append(span)
        if span.label_ not in ("GPE", "LOC", "ORG") or span.ent_id_ or (span.start, span.end) in references:
            continue
        end = span.end
        if table.lower[end - 1] in lexicon.body_run_on_links:
            end -= 1
        words = [token for token in doc[span.start : end] if token.pos_ != "DET"]
        if len(words) < 2 or words[-1].lower_ not in lexicon.body_run_on_heads or not words[-1].text[:1].isupper():
            continue
        if end >= len(doc) or table.lower[end] not in lexicon.body_run_on_links:
            continue
        where = table.lower[end] not in lexicon.body_name_links  # "in": where the body sits, or part of its name
        if where and lexicon.government_body_starts.intersection(token.lower_ for token in words):
            continue
        name = starts.get(end + 1)
        if where and name is not None and name.ent_id_ and seats(name.ent_id_):
            continue
        stop = name.end if name is not None and capitalised(table, name.start) else 0
        if not stop and not where and end + 1 not in covered:
            stop = end + 1
            while stop < len(doc) and stop - end <= 3 and stop not in covered and capitalised(table, stop) \
                    and doc[stop].is_alpha and not doc[stop].is_sent_start:
                stop += 1
            stop = stop if stop > end + 1 else 0
        if stop:
            joined[-1] = Span(doc, span.start, stop, label="ORG")
    return joined


def _first_of_run(i: int, heads: list[int], conjuncts: list[bool], first: dict[int, int]) -> int:
    """The token at the top of the run of conjuncts token ``i`` is in (``i`` itself unless it is a conjunct):
    its heads walked up while they are conjuncts, each step's answer kept in ``first`` for the tokens after
    (a chain of n conjuncts in n steps, not n²/2)."""
    walked = []
    head = i
    while head not in first and conjuncts[head] and heads[head] != head:
        walked.append(head)
        head = heads[head]
    top = first.get(head, head)
    for index in walked:
        first[index] = top
    return top


def _people_listed_with_people(doc: Doc, spans: list[Span], lexicon: LinkingLexicon) -> list[Span]:
    """A name of two or three proper nouns the model missed in a list whose other members include two
    people or more ("identified as Corporal Betsou, Tetang Amade, Alima Ngono, Beldou Dankreo and Koyang
    Paul", "named as Major X, Warrant Officer Y and Corporal Dewi Pritchard"): a person too. Not a name
    with an organisation, force, area or settlement word, nor one a rank or title is all of."""
    covered = {i for span in spans for i in range(span.start, span.end)}
    people = [span for span in spans if span.label_ == "PERSON"]
    if len(people) < 2:
        return []
    in_person = {i for span in people for i in range(span.start, span.end)}
    not_person = lexicon.body_words | lexicon.area_heads | lexicon.settlement_words
    titles = lexicon.honorifics | lexicon.non_name_words
    columns = doc.to_array([HEAD, DEP])
    heads = (columns[:, 0].astype("int64") + numpy.arange(len(doc))).tolist()
    conjuncts = (columns[:, 1] == doc.vocab.strings["conj"]).tolist()
    with_conjunct = {heads[i] for i, conjunct in enumerate(conjuncts) if conjunct and heads[i] != i}
    groups: dict[int, list[Token]] = {}
    first: dict[int, int] = {}
    for i, conjunct in enumerate(conjuncts):  # a conjunct, or a token with one, under the first of its run
        if conjunct or i in with_conjunct:
            groups.setdefault(_first_of_run(i, heads, conjuncts, first), []).append(doc[i])
    found = []
    for members in groups.values():
        if sum(member.i in in_person for member in members) < 2:
            continue
        for member in members:
            if member.i in covered or member.pos_ != "PROPN":
                continue
            start = member.i
            while start > 0 and member.i - start < 2 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == member.i \
                    and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in covered:
                start -= 1
            words = doc[start : member.i + 1]
            if len(words) < 2 or any(not (t.text[:1].isupper() and t.is_alpha) or t.is_sent_start for t in words):
                continue
            lowers = [t.lower_ for t in words]
            if not_person.intersection(lowers) or all(word in titles for word in lowers):
                continue
            found.append(Span(doc, start, member.i + 1, label="PERSON"))
    return found


def _joined_hyphenated_names(spans: list[Span]) -> list[Span]:
    """Spans in text order, a person's name the model ended with a hyphenated given name joined to the
    capitalised name right after it, one space apart ("[Abd-Rabbu] [Mansour Hadi]": one person,
    "Abd-Rabbu Mansour Hadi"); names the gazetteer knows stay as they are."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (last is not None and span.start == last.end and last.label_ == "PERSON" and span.label_ in ("PERSON", "GPE")
                and not last.ent_id_ and not span.ent_id_ and any(token.text == "-" for token in last)
                and last[-1].whitespace_ == " " and all(token.is_title and token.is_alpha for token in span)):
            joined[-1] = Span(span.doc, last.start, span.end, label="PERSON")
        else:
            joined.append(span)
    return joined


def _joined_at_particles(spans: list[Span], lexicon: LinkingLexicon) -> list[Span]:
    """Spans in text order, a span the model ended with a lower-case name particle joined to the name
    right after it ("[Mocimboa da] [Praia]": one place, "Mocimboa da Praia"), labelled as the latter."""
    joined: list[Span] = []
    for span in spans:
        if joined and span.start == joined[-1].end and len(joined[-1]) > 1 and name_particle(joined[-1][-1], lexicon):
            joined[-1] = Span(span.doc, joined[-1].start, span.end, label=span.label_)
        else:
            joined.append(span)
    return joined


def name_particle(token: Token, lexicon: LinkingLexicon) -> bool:
    """Whether a token is a lower-case particle inside a name ("Mocimboa da Praia"), not an English
    preposition or conjunction of the same spelling ("as", "at")."""
    return token.text in lexicon.name_particles and token.pos_ not in ("ADP", "SCONJ", "CCONJ", "DET", "PRON")


def _with_owners(spans: list[Span], lexicon: LinkingLexicon) -> list[Span]:
    """An organisation's name the model cut before "of" and the state it belongs to, joined ("[The
    Ministry of Foreign Affairs] of [the Republic of Kalmar]"), the state's name kept as a name of its
    own; a state the gazetteer knows stays apart, unless "of the" joins it to a party's or force's own
    name, no government body ("[the Communist Party] of the [Philippines]")."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if last is not None and span.label_ == "GPE" and last.label_ == "ORG" and not last.ent_id_ and (
                (_of_between(last, span) and not span.ent_id_) or _named_body_of_the_state(last, span, lexicon)):
            joined[-1] = Span(span.doc, last.start, span.end, label="ORG")
        joined.append(span)
    return joined


def _named_body_of_the_state(body: Span, state: Span, lexicon: LinkingLexicon) -> bool:
    """Whether "of the" joins a name ending with an organisation's or force's head to a state's name
    right after it, and no word of the name is a government institution's ("the Communist Party of the
    Philippines", "the Armed Forces of the Philippines"; not "the Ministry of Defence of the ...": a
    state's body, named by its template)."""
    lower = token_table(body.doc).lower
    if state.start != body.end + 2 or lower[body.end] != "of" or lower[body.end + 1] != "the":
        return False
    government = lexicon.generic_institutions | lexicon.government_body_starts
    words = [token.lower_ for token in body if not (token.i == body.start and token.lower_ == "the")]
    heads = lexicon.body_words
    return len(words) > 1 and words[-1] in heads and not government.intersection(words)


def _of_between(first: Span, second: Span) -> bool:
    """Whether "of" joins two spans: between them, or ending the first."""
    lower = token_table(first.doc).lower
    return (second.start == first.end + 1 and lower[first.end] == "of") or (second.start == first.end and lower[first.end - 1] == "of")


def _without_possessive(span: Span) -> Span:
    """A name without the possessive the model took into it ("[The Wagner Group]'s fighters")."""
    if span.end - span.start > 1 and token_table(span.doc).text[span.end - 1] in POSSESSIVES and not span.ent_id_:
        return Span(span.doc, span.start, span.end - 1, label=span.label_, span_id=span.id_)
    return span


def _missed_body_names(doc: Doc, lexicon: LinkingLexicon) -> list[Span]:
    """Names of organisations and forces the model missed: two or more capitalised words (with
    particles, "of", "for", "'s" and joining hyphens inside, and a demonym or place name the model
    tagged) ending with a capitalised organisation or force word that ends the name ("the Lord's
    Resistance Army", "the Sudanese Doctors Network", "Saleh al Nabhan Battalion"; not "Africa Union"
    in "Africa Union Mission")."""
    table = token_table(doc)
    # a title the model took for a work's ("[The Barari Emergency Room] reported") is no name of its own
    tagged = {i: span.label_ for span in doc.ents if span.label_ not in _TITLE_LABELS for i in range(span.start, span.end)}
    heads = lexicon.body_words
    found = []
    for end, lower in enumerate(table.lower):
        if lower not in heads or end in tagged or not proper(table, end) or capitalised(table, end + 1):
            continue
        start = end
        while start > 0 and end - start < 8 and not table.sent_start[start] and _body_name_word(table, start - 1, tagged, lexicon):
            start -= 1
        while start < end and not capitalised(table, start):
            start += 1
        if sum(capitalised(table, i) for i in range(start, end + 1)) >= 2 and (proper(table, start) or not table.sent_start[start]):
            found.append(Span(doc, start - _unit_number(table, start, end, lexicon), end + 1, label="ORG"))
    return found


def _overlaps_any(span: Span, others: list[Span]) -> bool:
    return any(other.start < span.end and span.start < other.end for other in others)


def _unit_number(table: TokenTable, start: int, end: int, lexicon: LinkingLexicon) -> int:
    """1 when a unit's name starting at ``start`` and ending with a singular unit word at ``end`` has its
    number before it ("the commander of [122] Infantry Brigade"), else 0 (a count before a force,
    "20 Border Police", or a year, "2021 Republican Guard", stays out)."""
    number = start - 1
    if number < 0 or table.lower[end] not in lexicon.numbered_unit_words or table.sent_start[start]:
        return 0
    text = table.text[number]
    return int(text.isdigit() and len(text) <= 3)


def _body_name_word(table: TokenTable, i: int, tagged: dict[int, str], lexicon: LinkingLexicon) -> bool:
    """A word inside an organisation's name: capitalised, a particle, "of", "for", "'s" or a joining
    hyphen, and tagged by the model as nothing or as a demonym or place only."""
    if tagged.get(i, "NORP") not in ("NORP", "GPE"):
        return False
    word = table.lower[i]
    joined = word == "-" and i > 0 and not table.space_after[i - 1] and not table.space_after[i]
    content = capitalised(table, i) and table.pos[i] in ("PROPN", "NOUN", "ADJ", "VERB")  # not "The", "Its"
    return content or word in lexicon.body_name_links or word in POSSESSIVES or word in lexicon.name_particles or joined


def unbroken(span: Span) -> Span:
    """A span the model ran across a sentence end ("on X. He said"), a spaced dash ("Syrian Druze -
    part of ...", "MENAFN- Kuwait News Agency") or a colon (a headline's "Zelania: Army says ..."), a
    "the" ("Monday the National Defence Council") or into a bracket it does not close ("the Regional Health Directorate (Diresa"): up to that bracket,
    from that "the", its first sentence, of that its longer side of the dash or colon."""
    doc = span.doc
    bracket = next((token.i for token in span[1:] if token.text in _OPENING and not any(t.text in _CLOSING for t in doc[token.i + 1 : span.end])), None)
    if bracket is not None:  # "[the Regional Health Directorate (Diresa]) in Puno": the name ends before its open bracket
        span = Span(doc, span.start, bracket, label=span.label_, span_id=span.id_)
    inner = [token.i for token in span[1:] if token.lower_ == "the" and doc[token.i - 1].pos_ not in ("ADP", "CCONJ", "DET")]
    if inner:  # "[Monday] the National Defence Council": a name holds "the" only after "of", "for", "and"
        span = Span(doc, inner[-1], span.end, label=span.label_, span_id=span.id_)
    end = next((token.i for token in span[1:] if _ends_sentence_before(token)), span.end)
    dash = next((token.i for token in doc[span.start : end] if _spaced_dash(token) or token.text == ":"), None)
    if dash is None:
        return span if end == span.end else Span(doc, span.start, end, label=span.label_, span_id=span.id_)
    start, end = (span.start, dash) if dash - span.start >= end - dash - 1 else (dash + 1, end)
    return Span(doc, start, end, label=span.label_, span_id=span.id_) if start < end else span


def _trimmed(span: Span, lexicon: LinkingLexicon) -> Span:
    """A span without a lower-case compass word the model took in before a name ("[south Kashmir]'s
    Kulgam district", "in [northern Zembla]": the name is "Kashmir"), without a slash it ran
    into after one ("(ANI/Xinhua)": "[ANI/]" is "ANI")."""
    start, end = span.start, span.end
    first = span.doc[start]
    if end - start > 1 and first.text.islower() and first.lower_ in lexicon.compass_names | _compass_adjectives(lexicon) \
            and span.doc[start + 1].text[:1].isupper():
        start += 1
    while end - start > 1 and span.doc[end - 1].text == "/":
        end -= 1
    return span if (start, end) == (span.start, span.end) else Span(span.doc, start, end, label=span.label_, span_id=span.id_)


def _without_member_noun(span: Span, lexicon: LinkingLexicon) -> Span:
    """A group's name without the capitalised plural noun for its members the model or a head rule ran
    into after it ("[ADF Terrorists] fled", "[Zanu Militants]"): the name is the group's; not a
    singular one that ends a group's own name ("the Tessaro Militia")."""
    doc, end = span.doc, span.end
    if end - span.start > 1 and doc[end - 1].text[:1].isupper() and doc[end - 1].lower_ in lexicon.fighter_nouns \
            and doc[end - 1].tag_ in ("NNS", "NNPS") and doc[end - 2].text[:1].isupper() and not span.ent_id_:
        return Span(doc, span.start, end - 1, label="ORG")
    return span


def _compass_adjectives(lexicon: LinkingLexicon) -> frozenset[str]:
    return frozenset(word for word in lexicon.non_name_words if compass_adjective(word, lexicon))


def _ends_sentence_before(token: Token) -> bool:
    """Whether a sentence ends before ``token``: the parser says so, or a capitalised pronoun follows
    a word the tokenizer kept its full stop with ("on X. He said": "X." is no initial)."""
    before = token.doc[token.i - 1]
    if not before.whitespace_:
        return False
    return token.is_sent_start or (token.pos_ == "PRON" and token.text[:1].isupper() and len(before.text) > 1 and before.text.endswith("."))


def _spaced_dash(token: Token) -> bool:
    """A dash with a space on one side ("Syrian Druze - part of"), or a word with a dash and a space
    after it ("MENAFN- Kuwait News Agency"): the token holds no part of the name after it."""
    doc = token.doc
    if token.text in DASHES:
        return bool(token.whitespace_ or (token.i > 0 and doc[token.i - 1].whitespace_))
    return len(token.text) > 1 and token.text[-1] in DASHES and bool(token.whitespace_)


def _with_head(span: Span, lexicon: LinkingLexicon) -> Span:
    """A place name (or a name the model took for something else: "Dangrek" escarpment) with the
    area or facility head after it; a facility takes the compound before it too. An organisation
    name the model cut after a capitalised word takes it back ("Attorney" General Office), and the
    language of a service ("BBC Burmese") or a number ("Fantom 509") after it."""
    doc = span.doc
    if not span.ent_id_ and span.label_ in ("ORG", "GPE", "LOC", "PERSON", "FAC"):
        span = _with_number(span, lexicon)
    if span.label_ == "ORG" and not span.ent_id_ and not hyphenated_group(span):  # not "[Christian] anti-balaka militia"
        span = _with_service_name(_with_capitalised_start(span), lexicon)
    elif span.label_ == "PERSON" and not span.ent_id_:
        span = _whole_person_name(span, lexicon)
    elif span.label_ in ("GPE", "LOC") and not span.ent_id_ and len(span) == 1:
        span = _whole_place_name(span, lexicon)
    if span.label_ not in _PLACE_LABELS and (span.ent_id_ or span.label_ not in ("ORG", "PERSON")):
        return span
    start, end = _compound_start(span), _compound_end(span)
    for words, label in ((2, "FAC"), (1, "FAC"), (1, "")):
        head = doc[end : end + words] if label else doc[span.end : span.end + words]
        if len(head) != words or head[-1].pos_ not in ("NOUN", "PROPN"):
            continue
        text = head.text.lower()
        if label == "FAC" and text in lexicon.facility_heads and (head.text[:1].isupper() or _definite(doc, start)):
            return Span(doc, start, end + words, label="FAC")
        if not label and text in lexicon.area_heads:  # a gazetteer place too: "Bryansk region" is no city
            return Span(doc, span.start, span.end + 1, label=span.label_ if span.label_ in _PLACE_LABELS else "LOC")
    return span


def _compound_end(span: Span) -> int:
    """The end of a hyphenated compound of names starting with ``span`` ("Gao-Menaka")."""
    doc, end = span.doc, span.end
    while end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
        end += 2
    return end


def _definite(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ == "the"


def _with_capitalised_start(span: Span) -> Span:
    """An organisation's name with the proper nouns the model left before it, across a hyphen too
    ("Cambodia-Thailand General Border Committee")."""
    doc, start = span.doc, span.start
    while start > 0 and not doc[start].is_sent_start and doc[start].lower_ != "the":
        if doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and not _spaced_dash(doc[start - 1]):
            start -= 1
        elif start > 1 and doc[start - 1].text in DASHES and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isupper():
            start -= 2
        else:
            break
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


def _with_service_name(span: Span, lexicon: LinkingLexicon) -> Span:
    """An organisation's name with the language or people word it modifies: the name of its service
    ("BBC Burmese reported", "BBC Russian has been"), not a noun after it ("BBC Russian reporters")
    nor a title ("CIA Director")."""
    doc, end = span.doc, span.end
    if end >= len(doc) or span[-1].dep_ != "compound" or span[-1].head.i != end:
        return span
    word = doc[end]
    if word.pos_ != "PROPN" or not word.text[:1].isupper() or word.ent_type_ not in ("", "NORP") or word.is_sent_start:
        return span
    if _title_word(word.lower_, lexicon) or word.lower_ in lexicon.person_roles:
        return span
    return Span(doc, span.start, end + 1, label="ORG")


def _with_number(span: Span, lexicon: LinkingLexicon) -> Span:
    """A name with the number that ends it ("Fantom 509, an armed group", "Brigade 313", a facility's
    "Patrolling Point 14 (PP 14)"), not a year or a count of something after it ("Hamas 20 fighters", "Gaza 5
    people"); a unit word alone takes its number before a noun too ("the Brigade 6 officer": no brigade is
    named "Brigade"), and so does a name before a group head ("the Barrio 18 gang")."""
    doc, end = span.doc, span.end
    if end >= len(doc) or not doc[end].is_digit or len(doc[end].text) > 4 or _YEAR.match(doc[end].text):
        return span
    after = doc[end + 1] if end + 1 < len(doc) else None
    lone_unit = len(span) == 1 and span[0].lower_ in lexicon.numbered_unit_words
    group = after is not None and after.lower_ in lexicon.group_heads
    if after is not None and after.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") and not lone_unit and not group:
        return span
    return Span(doc, span.start, end + 1, label=span.label_)


def _whole_person_name(span: Span, lexicon: LinkingLexicon) -> Span:
    """A person's name the model cut short, with the capitalised name words around it that no other
    entity holds ("President Roch Marc [Christian Kabore]", "[Mahamat Idriss] Deby Itno")."""
    doc, start, end = span.doc, span.start, span.end
    while start > 0 and _free_name_word(doc, start - 1, lexicon, start - 2):
        start -= 1
    while end < len(doc) and (_free_name_word(doc, end, lexicon, end + 1) or _middle_initial(doc, end, lexicon)):
        end += 1
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label="PERSON")


def _whole_place_name(span: Span, lexicon: LinkingLexicon) -> Span:
    """A one-word place name the model cut before the proper nouns of the same name that no other entity holds
    ("the self-proclaimed [Upper] Teluria Republic", "residents of [Upper] Teluria"): the whole run of them; not a
    run a title's capitalised word follows ("[Kosovo] Interior Minister X")."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and _free_name_word(doc, end, lexicon, end + 1):
        end += 1
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return span  # "Kosovo Interior Minister X": the words of a title, not of the name
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)


def _middle_initial(doc: Doc, i: int, lexicon: LinkingLexicon) -> bool:
    """Whether token ``i`` is the initial of a middle name inside a person's name the model cut before
    it: a capital and a dot with a free name word after it ("Col. [Jonathan Binsar] P. Sianipar"),
    not an initial that ends the name ("John Smith J. said" is no name of three words)."""
    return _INITIAL.match(doc[i].text) is not None and not doc[i].ent_type_ and _free_name_word(doc, i + 1, lexicon, i + 2)


def _title_word(word: str, lexicon: LinkingLexicon) -> bool:
    word = word.rstrip(".")
    return word in lexicon.honorifics or word in lexicon.non_name_words


def _free_name_word(doc: Doc, i: int, lexicon: LinkingLexicon, beyond: int) -> bool:
    """Whether token ``i`` is a name word no entity holds; one the model took for a group ("Roch Marc
    [Christian] Kabore") counts when a name word follows it at ``beyond``."""
    if not (_letters(doc[i].text) and extends_name(doc, i, lexicon)) or _title_word(doc[i].lower_, lexicon):
        return False
    if doc[i].ent_type_ == "NORP":
        return 0 <= beyond < len(doc) and _free_name_word(doc, beyond, lexicon, -1)
    return not doc[i].ent_type_


def _letters(word: str) -> bool:
    """Letters, with apostrophes inside a transliterated name ("Jama'at", "Sana’a")."""
    return word[:1].isalpha() and word[-1:].isalpha() and word.replace("'", "").replace("’", "").isalpha()


def _compound_start(span: Span) -> int:
    """The start of a hyphenated compound of names ending with ``span`` ("Kisangani-Bunia")."""
    doc, start = span.doc, span.start
    while start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].text[:1].isupper():
        start -= 2
    return start


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """Spans in text order, a span inside an extended one dropped."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _holder_of_portfolio(span: Span, lexicon: LinkingLexicon) -> Span:
    """A name the model ran across an office's portfolio or body ("Deputy Foreign Minister for [Political
    Affairs Rustam Karimov]", "Secretary of [State for African Affairs Molly Phee]", "Secretary of [the
    Security Council Armen Grigoryan]"): the capitalised words after the portfolio's head noun or the
    body's word, two or more and none of them such a word, are the person holding it."""
    if span.label_ not in ("PERSON", "ORG", "LOC") or span.ent_id_ or len(span) < 3:
        return span
    doc, bodies = span.doc, lexicon.office_bodies
    heads = [token.i for token in span[:-2] if token.lower_ in bodies]
    if not heads or not _office_before(doc, heads[-1], lexicon):
        return span
    start = heads[-1] + 1
    while start < span.end and _title_word(doc[start].lower_, lexicon):
        start += 1  # "... for Operations Lt. Gen. Ivan Petrenko"
    name = doc[start : span.end]
    words = [t for t in name if not _joining_hyphen(t)]  # "Ali Al-Sadiq": the hyphen joins two parts of one name
    if len(words) < 2 or not all(t.text[:1].isupper() and _letters(t.text) and t.lower_ not in bodies for t in words):
        return span
    return Span(doc, start, span.end, label="PERSON")


def _joining_hyphen(token: Token) -> bool:
    """A hyphen inside a word, with no space on either side ("Al-Sadiq")."""
    doc = token.doc
    return (token.text in ("-", "\u2010", "\u2011") and not token.whitespace_ and 0 < token.i < len(doc) - 1
            and not doc[token.i - 1].whitespace_)


def _office_before(doc: Doc, head: int, lexicon: LinkingLexicon) -> bool:
    """Whether a portfolio's head noun ends "<title> for/of ..." ("Minister for Foreign Affairs",
    "Commissioner for Political Affairs, Peace and Security", "Head of the Press Service of the
    Ministry of Defense"), within a few words."""
    titles = lexicon.title_words
    for i in range(head - 1, max(head - 12, 0), -1):
        if doc[i].lower_ in lexicon.body_name_links and any(doc[j].lower_.rstrip(".") in titles for j in range(max(i - 3, 0), i)):
            return True
        if not (doc[i].text[:1].isupper() or doc[i].is_punct or doc[i].pos_ in ("CCONJ", "DET") or doc[i].lower_ in lexicon.body_name_links):
            return False
    return False


def _without_portfolio(span: Span, lexicon: LinkingLexicon) -> Span | None:
    """A name the model ran into the portfolio of the title after it, before the holder's name
    ("Colombian [Defense] Minister Ivan Velasquez", "[Upper Nile State Information] Minister James
    Basha"): the portfolio's words are the title's, not a name; what is before them is the name of the
    jurisdiction ("Upper Nile State"), or nothing. The holder's name may follow the title as an
    apposition after a comma ("North Kordofan's [Humanitarian Aid] Commissioner, Mohamed Ismail,"),
    and the model may take the portfolio for a person's name."""
    if span.ent_id_ or span.label_ not in ("ORG", "PERSON") or span[-1].lower_ not in lexicon.portfolio_heads:
        return span
    doc, end = span.doc, span.end
    if end >= len(doc) or doc[end].lower_ not in lexicon.person_roles:
        return span
    if span.label_ == "PERSON" and not doc[end].text[:1].isupper():
        return span
    if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].ent_type_ == "PERSON" and doc[end + 2].ent_iob_ == "B":
        end += 1
    while end + 1 < len(doc) and doc[end + 1].lower_.rstrip(".") in lexicon.honorifics and not doc[end + 1].ent_type_:
        end += 1
    if not (end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "B"):
        return span
    cut = span.end
    while cut > span.start and doc[cut - 1].lower_ in lexicon.portfolio_heads:
        cut -= 1
    if cut == span.start or (cut - span.start == 1 and doc[span.start].lower_ == "the") or _after_possessive(span):
        return None  # after a possessive, the jurisdiction is named before it: the words left are the portfolio's
    owner = next((i for i in range(cut - 1, span.start, -1) if doc[i].tag_ == "POS"), None)
    if owner is not None:
        cut = owner  # "[Velmora's Foreign Affairs] Minister": the jurisdiction is the possessor alone
    last = doc[cut - 1].lower_
    label = "LOC" if last in lexicon.area_heads or last in lexicon.subdivision_heads else span.label_
    return Span(doc, span.start, cut, label="GPE" if owner is not None else label)


def _after_possessive(span: Span) -> bool:
    """Whether a possessive ending is right before ``span`` ("Darfur's [Refugee Affairs] Commissioner")."""
    return span.start > 0 and span.doc[span.start - 1].tag_ == "POS"


def _title_of_person(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a span the model took for an organisation is the title of the person named after it
    ("Ukrainian Prosecutor [General] Andriy Kostin"): it ends with a role or title word, and a
    person's name follows it, after title words only. A span it took for a person that ends with a title
    written in capitals before the name ("[Kanyo MP] Dennis Obare": the constituency and the title) is one too."""
    if span.ent_id_ or span.label_ not in ("ORG", "NORP", "PERSON"):
        return False
    if span.label_ == "PERSON" and not (len(span) > 1 and span[-1].is_upper and span[-1].lower_ in lexicon.honorifics):
        return False
    titles = lexicon.honorifics | lexicon.person_roles | lexicon.government_body_starts
    if span[-1].lower_.rstrip(".") not in titles and not _title_with_portfolio(span, lexicon):
        return False  # an abbreviated rank too: "Pentagon spokesman [Rear Adm.] John Kirby"
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].lower_.rstrip(".") in lexicon.honorifics and not doc[end].ent_type_:
        end += 1
    return end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B"


def _title_with_portfolio(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether a span is a title and its portfolio: a title or role word, "for"/"of", and words ending with a
    portfolio head ("Azerbaijani Presidential Representative for Special Assignments"); not a body's name ("the
    Ministry of Defence Secretary X": the ministry)."""
    if span[-1].lower_ not in lexicon.portfolio_heads:
        return False
    titles = lexicon.honorifics | lexicon.person_roles
    return any(token.lower_ in lexicon.title_field_prepositions and token.i > span.start
               and span.doc[token.i - 1].lower_.rstrip(".") in titles for token in span)


_ZONE_ABBREVIATION = re.compile(r"[A-Z]{2,5}(?:\s?[+\-−–]\s?\d{1,2}(?::?\d\d)?)?")
#: Characters before a zone abbreviation searched for its clock time ("12:55 PM BST").
_CLOCK_REACH = 16


def _clock_zone(span: Span) -> bool:
    """Whether the span is the zone abbreviation of a clock time ("12:55 PM BST", "10:30 a.m. EST",
    "14:00 GMT+3"), which the model tags as an organisation: a time, no name."""
    name = span.text.rstrip()  # the model may take the line break after the zone along
    if not _ZONE_ABBREVIATION.fullmatch(name):
        return False
    text = doc_text(span.doc)
    start = max(span.start_char - _CLOCK_REACH, 0)
    return any(
        match.start("zone") == span.start_char and match.end("zone") >= span.start_char + len(name)
        for match in CLOCK_ZONE.finditer(text, start, span.end_char + _CLOCK_REACH)
    )


def _in_photo_credit(span: Span, lexicon: LinkingLexicon) -> bool:
    """Whether the span sits in a bracketed photo credit ("(Photo: AFP/STR)")."""
    table = token_table(span.doc)
    for i in range(span.start - 1, max(span.start - _CREDIT_REACH, 0) - 1, -1):
        word = table.text[i]
        if word in (")", "]") or "\n" in word:
            return False
        if word in ("(", "["):
            return i + 1 < len(table.text) and table.lower[i + 1] in lexicon.credit_words
    return False
