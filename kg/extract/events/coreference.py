"""Event coreference within a document: same-type mentions of one real-world event become one
event (GUIDELINES section 4), and each cluster becomes an ``Event`` record.

Mentions are merged only when compatible: the same type and factuality, no two different dates
(a week and a day of it are one time; nor years of different eras; a date only of the clause that reports a
mention is no date of the event's own: an event reported on Sunday may have happened on Saturday), the same sides (not one side's attack and the other's, not two
different states' operations), a common place when both name places, and neither named as the
other's reference point in one sentence ("the attack came after the raid")."""

from __future__ import annotations

import sys
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from kg.codes import EventType, Modality
from kg.extract.events.context import EventContext
from kg.extract.syntax import has_indefinite_article, lemma
from kg.nlp.doccache import doc_text, sentences, token_table
from kg.records import Event, EventMention, Participant, Role, TimeValue
from kg.timex.calendar import date_range, week_days

METHOD = "rules:event_triggers"
CONFIDENCE = 0.7
#: Days a news report comes after the event it reports, at most, for a reporting clause's date to be the event's.
_REPORTING_LAG_DAYS = 7
#: Days before the news day a date must end for a mention to be background, of an earlier event.
_BACKGROUND_DAYS = 31
#: ``doc.user_data`` key of whether the document opens with a headline, and where its lede starts.
_OPENING = "kg_event_opening"
_FACTUAL: frozenset[Modality] = frozenset({"happened", "announced", "planned"})
#: Which modality an event with mentions of several gets, strongest first.
_MODALITY_PRECEDENCE: tuple[Modality, ...] = ("happened", "announced", "planned", "denied", "demanded")


@dataclass
class Trigger:
    """A detected event mention before coreference."""

    type: EventType
    token: Token
    anaphoric: bool = False
    family: str = ""  # the word of an event of its own kind ("call"), merged only with its like
    reference_point: bool = False  # named as another event's reference point ("after the raid")
    modality: Modality = "happened"
    time: TimeValue | None = None
    time_inherited: bool = False
    era: frozenset[str] = frozenset()
    counted: bool = False
    participants: list[Participant] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    sides: dict[Role, frozenset[str]] = field(default_factory=dict)
    generic_side: str = ""  # the side of an internal conflict its doer's common noun names ("the army", "rebels")
    sentence: int = 0  # the token index its sentence starts at
    indefinite: bool = False  # a noun with "a"/"an" ("killed in a knife attack"): a new event, not an earlier one's
    additive: bool = False  # in a sentence opened by "Also" ("Also on Saturday, a vehicle was attacked"): a new event
    ended: bool = False  # dated only by its end ("the truce ended at 6 am"): one with a start days before it
    redescribes: EventType | None = None  # the type of an event it may tell by another sense of its word ("the siege")
    redescribes_with: frozenset[str] = frozenset()  # words that event must be told by, if any ("stormed", "siege")


@dataclass
class _Cluster:
    """Coreferent triggers of one event, with what the merge rules ask of them kept up to date."""

    number: int
    triggers: list[Trigger] = field(default_factory=list)
    time: TimeValue | None = None
    time_inherited: bool = False
    time_ended: bool = False  # its date is only the day its event ended on
    locked: bool = False
    positions: list[int] = field(default_factory=list)  # the triggers' token indices, sorted
    eras: set[str] = field(default_factory=set)
    sides: dict[Role, set[str]] = field(default_factory=dict)
    generic_sides: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)  # sentences of its mentions that are no reference point
    reference_sentences: set[int] = field(default_factory=set)  # sentences of its reference-point mentions

    @property
    def era(self) -> frozenset[str]:
        if self.time is not None and self.time.value:
            return frozenset({*self.eras, self.time.value[:4]})
        return frozenset(self.eras)

    def side(self, role: Role) -> set[str]:
        """The states and armed groups of a role in any of the cluster's mentions."""
        return self.sides.get(role, set())

    def distance(self, token: int) -> int:
        """Tokens between ``token`` and the nearest of the cluster's triggers."""
        at = bisect_left(self.positions, token)
        return min(abs(self.positions[i] - token) for i in (at - 1, at) if 0 <= i < len(self.positions))

    def add(self, trigger: Trigger) -> None:
        self.triggers.append(trigger)
        insort(self.positions, trigger.token.i)
        self.eras |= trigger.era
        for role, keys in trigger.sides.items():
            self.sides.setdefault(role, set()).update(keys)
        if trigger.generic_side:
            self.generic_sides.add(trigger.generic_side)
        self.places.update(trigger.places)
        (self.reference_sentences if trigger.reference_point else self.sentences).add(trigger.sentence)
        if trigger.time is not None and (
            self.time is None
            or (self.time_inherited and not trigger.time_inherited)
            or (self.time_ended and not trigger.ended)
            or (_day_of_week(trigger.time, self.time) and trigger.time_inherited <= self.time_inherited and not trigger.ended)
        ):
            self.time, self.time_inherited, self.time_ended = trigger.time, trigger.time_inherited, trigger.ended


class _Group:
    """The open clusters of one type, family and factuality: their triggers' positions, and the
    clusters by date."""

    def __init__(self) -> None:
        self.positions: list[tuple[int, int]] = []  # (token index, cluster number), sorted
        self.clusters: dict[int, _Cluster] = {}
        self.by_date: dict[str | None, dict[int, _Cluster]] = {}

    def place(self, trigger: Trigger, cluster: _Cluster, date_before: str | None) -> None:
        """Record that ``trigger`` joined ``cluster`` (whose date was ``date_before``)."""
        insort(self.positions, (trigger.token.i, cluster.number))
        self.clusters[cluster.number] = cluster
        if date_before is not None or cluster.time is not None:
            self.by_date.get(date_before, {}).pop(cluster.number, None)
            self.by_date.setdefault(cluster.time.date if cluster.time else None, {})[cluster.number] = cluster

    def nearest_first(self, token: int) -> Iterator[_Cluster]:
        """The clusters by the distance of their nearest trigger to ``token``, ties in order of creation (the walk
        out from ``token`` stops once every cluster is given: a cluster has many triggers)."""
        right = bisect_left(self.positions, (token, -1))
        left, seen = right - 1, set[int]()
        while (left >= 0 or right < len(self.positions)) and len(seen) < len(self.clusters):
            reach = min(token - self.positions[left][0] if left >= 0 else sys.maxsize,
                        self.positions[right][0] - token if right < len(self.positions) else sys.maxsize)
            level = []
            while left >= 0 and token - self.positions[left][0] == reach:
                level.append(self.positions[left][1])
                left -= 1
            while right < len(self.positions) and self.positions[right][0] - token == reach:
                level.append(self.positions[right][1])
                right += 1
            for number in sorted(set(level) - seen):
                seen.add(number)
                yield self.clusters[number]


def corefer(triggers: list[Trigger], news: date | None = None, history_types: frozenset[EventType] = frozenset()) -> list[_Cluster]:
    """Merge same-type mentions of one real-world event; a counted plural ("two attacks") stays apart.

    ``news`` is the latest day the document names (its news day): a mention dated well before it is background
    and joins an undated event, told earlier as the news, only at a place they share (:func:`_background`);
    not a mention of ``history_types`` (a war), which is background history by nature and lasts from its date
    (unless told with "a": "the scene of a war in 2008").
    """
    clusters: list[_Cluster] = []
    groups: dict[tuple[str, str, bool], _Group] = {}
    _claim_years(triggers)
    own = [t for t in triggers if t.redescribes is None]
    weak = [t.time_inherited and t.modality in ("announced", "planned") for t in own]
    ordered = [t for t, w in zip(own, weak) if not w] + [t for t, w in zip(own, weak) if w]
    ordered += [t for t in triggers if t.redescribes is not None]  # once the events they may re-describe are told
    for trigger in ordered:
        redescribed = _redescribed(trigger, groups, news)
        if redescribed is not None:
            trigger.type = redescribed.triggers[0].type
            group = groups[(trigger.type, trigger.family, trigger.modality in _FACTUAL)]
            date_before = redescribed.time.date if redescribed.time is not None else None
            redescribed.add(trigger)
            group.place(trigger, redescribed, date_before)
            continue
        group = groups.setdefault((trigger.type, trigger.family, trigger.modality in _FACTUAL), _Group())
        target = _choose(trigger, group, news, history=trigger.type in history_types and not has_indefinite_article(trigger.token))
        if target is None:
            if trigger.anaphoric:
                continue
            target = _Cluster(number=len(clusters), locked=trigger.counted)
            clusters.append(target)
        date_before = target.time.date if target.time is not None else None
        target.add(trigger)
        if not target.locked:
            group.place(trigger, target, date_before)
    return clusters


def _claim_years(triggers: list[Trigger]) -> None:
    """Give a sentence's years to the mentions they date: a mention dated by a day, month or year of its own has that
    year alone as its era, not the sentence's other years; an undated mention has none of the years that the
    sentence's mentions dated by a month or year of their own take ("The fall of Dorva is the rebels' biggest gain in
    an offensive that began in November ... since it took power in a 2019 coup": the fall is the news, of neither
    year). A day keeps its year for the sentence's undated mentions, the news's time ("after we captured the police
    station, ... referring to the fighting on Thursday": not the 2019 coup told before)."""
    taken: dict[int, set[str]] = {}
    for trigger in triggers:
        time = trigger.time
        if time is not None and not trigger.time_inherited and time.date is not None and time.role != "span_start":
            trigger.era = frozenset({time.date[:4]})
            if len(time.date) < 10:  # a day is the news's time, which the sentence's other mentions may share
                taken.setdefault(trigger.sentence, set()).add(time.date[:4])
    for trigger in triggers:
        if trigger.time is None and trigger.era and trigger.sentence in taken:
            trigger.era = trigger.era - taken[trigger.sentence]


def _redescribed(trigger: Trigger, groups: dict[tuple[str, str, bool], _Group], news: date | None) -> _Cluster | None:
    """The nearest event of the type a mention may re-describe by another sense of its word that it fits by who,
    where and when, told by a word of ``redescribes_with`` if given, or ``None`` ("Gunmen stormed a hotel in Lorvik
    on Friday ... the siege ended on Sunday": one attack; "Two officers were killed in the clash": the attack told
    before). Not another side's act, place or day ("Troops stormed the town on Tuesday, a day after rebels attacked
    a convoy"); an event the word names narrowly is no re-description ("the siege of the city")."""
    if trigger.redescribes is None or trigger.counted:
        return None
    group = groups.get((trigger.redescribes, trigger.family, trigger.modality in _FACTUAL))
    if group is None:
        return None
    words = trigger.redescribes_with
    for cluster in group.nearest_first(trigger.token.i):
        if words and not any(lemma(t.token) in words and t.redescribes is None for t in cluster.triggers):
            continue
        if _times_fit(trigger, cluster, news) and _compatible(trigger.era, cluster) and _fits(trigger, cluster):
            return cluster
    return None


def _times_fit(trigger: Trigger, cluster: _Cluster, news: date | None) -> bool:
    """Whether a mention's date and a cluster's can be one event's: the mention undated; the cluster undated and the
    mention's date only its report's or end's, or a day of the news (not a year or month, nor a day over a month
    before the news day ``news``); one time; or days up to a week apart where one is only the day it ended or was
    reported on."""
    time, their = trigger.time, cluster.time
    if time is not None and their is None:
        # not an earlier event's own date ("In 2021, ... died in clashes" in a 2022 report)
        if trigger.time_inherited or trigger.ended:
            return True
        return time.date is not None and len(time.date) == 10 and (news is None or not _background(time, news))
    if time is None or their is None or _same_time(time, their):
        return True
    if time.date is None or their.date is None or len(time.date) != 10 or len(their.date) != 10:
        return False
    lag = abs((date.fromisoformat(time.date) - date.fromisoformat(their.date)).days)
    told_late = trigger.ended or trigger.time_inherited or cluster.time_ended or cluster.time_inherited
    return told_late and lag <= _REPORTING_LAG_DAYS



def _fits(trigger: Trigger, cluster: _Cluster) -> bool:
    """Whether a mention can be of the cluster's event: same sides, a common place, not related in its sentence."""
    return _same_sides(trigger, cluster) and _same_place(trigger, cluster) and not _related_in_sentence(trigger, cluster)


def _same_sides(trigger: Trigger, cluster: _Cluster) -> bool:
    """Whether a mention can be of the cluster's event by who acts: not the other side's act (an agent of
    one is a target of the other), not the other side of an internal conflict's when no entity agent is shared (the
    common nouns of their doers name different sides: "rebels attacked the village ... the army has used air
    strikes"), and not another actor's (both name acting states or armed groups, none in common)."""
    agents, targets = trigger.sides.get("agent", frozenset()), trigger.sides.get("target", frozenset())
    their_agents, their_targets = cluster.side("agent"), cluster.side("target")
    if (agents & their_targets or targets & their_agents) and not agents & their_agents:
        return False
    if trigger.generic_side and cluster.generic_sides and trigger.generic_side not in cluster.generic_sides and not agents & their_agents:
        return False  # "rebels attacked the village ... the army has used air strikes": each side's act
    return not (agents and their_agents and not agents & their_agents)


def _related_in_sentence(trigger: Trigger, cluster: _Cluster) -> bool:
    """Whether one of two mentions of a sentence is the other's reference point ("the attack came two weeks
    after the raid"): two events, not one (two mentions of the reference point are one: "after air raids
    targeted two houses")."""
    sentences = cluster.sentences if trigger.reference_point else cluster.reference_sentences
    return trigger.sentence in sentences


def _same_place(trigger: Trigger, cluster: _Cluster) -> bool:
    """Whether a mention can be of the cluster's event by where: both name places, and some in common; or the
    cluster is told only in the headline, which names the story's place more broadly ("Army retakes key bridge
    in Khartoum" ... "retaken the Halfaya bridge"), or only in the headline and the lede after it, which sums
    the story up as broadly ("18 civilians were killed in an attack in North Kordofan state, a group said on
    Saturday." ... "fighters on Thursday attacked the villages of X and Y"); so is a lede without a headline that
    tells its event as a source's summary, with no date of its own ("Rebels attacked a village in eastern Congo,
    the army said Monday." ... "staged the attack Sunday night in Masambo"; not "Drones hit a market in Gao on
    Monday. Later, rebels shelled Kidal.")."""
    places = cluster.places
    if not (trigger.places and places and places.isdisjoint(trigger.places)):
        return True
    if not cluster.sentences:
        return False
    headline, lede = _opening(trigger.token.doc)
    if headline and cluster.sentences == {0}:
        return True
    if not headline and cluster.time is not None and not cluster.time_inherited:
        return False
    opening = ({0} if headline else set()) | ({lede} if lede is not None else set())
    return bool(opening) and cluster.sentences <= opening and trigger.sentence not in opening


def _opening(doc: Doc) -> tuple[bool, int | None]:
    """Whether the document opens with a headline, and the start of its lede; computed once per document."""
    found = doc.user_data.get(_OPENING)
    if found is None:
        headline = _opens_with_headline(doc)
        found = doc.user_data[_OPENING] = (headline, _lede(doc, after_headline=headline))
    return found


def _lede(doc: Doc, after_headline: bool = True) -> int | None:
    """The start of the lede: the first sentence (after the headline, if it has one) that ends with a full stop."""
    for start, end in sentences(doc)[1 if after_headline else 0 :]:
        words = [token for token in doc[start:end] if not token.is_space]
        if words and words[-1].text == ".":
            return start
    return None


def _opens_with_headline(doc: Doc) -> bool:
    """Whether the document's first sentence is a headline: a line of its own that ends with no full stop."""
    spans = sentences(doc)
    if not spans:
        return False
    start, end = spans[0]
    words = [token for token in doc[start:end] if not token.is_space]
    if not words or words[-1].text in (".", "!", "?"):
        return False
    text = doc_text(doc)  # cached: one string per document, not one per call
    line = text[words[0].idx : words[-1].idx + len(words[-1].text)]
    return "\n" not in line and (end >= len(doc) or "\n" in text[words[-1].idx + len(words[-1].text) : doc[end].idx + 1])


def _compatible(era: frozenset[str], cluster: _Cluster) -> bool:
    other = cluster.era
    if not era or not other:
        return True
    return any(a.startswith(b) or b.startswith(a) for a in era for b in other)


def _era_fits(time: TimeValue, era: frozenset[str], cluster: _Cluster, lasting: bool = False) -> bool:
    """Whether a dated mention's years fit an undated cluster's; the start of a span lasts to every later year
    ("in the war-torn region, army sources said on Monday ... have been clashing since 2017"), and so does the
    date of a ``lasting`` event ("the insurgency broke out in 2017"): a cluster's year or decade fits when it
    ends in or after the span's first year."""
    if (time.role != "span_start" and not lasting) or not time.value:
        return _compatible(era, cluster)
    first_year = int(time.value[:4])  # a span start that dates an event is a year or finer
    return not cluster.era or any(_last_year(other) >= first_year for other in cluster.era)


def _last_year(era: str) -> int:
    """The last year of an era value: a year ("2017": 2017) or a decade ("201", the 2010s: 2019)."""
    scale = 10 ** (4 - len(era))
    return (int(era) + 1) * scale - 1


def _choose(trigger: Trigger, group: _Group, news: date | None = None, history: bool = False) -> _Cluster | None:
    """The cluster a trigger joins, nearest first, or ``None`` for a new event (``history``: a war's mention,
    lasting from its date on and never an earlier event than the news)."""
    if trigger.counted and not trigger.anaphoric:
        return None
    if trigger.additive and not trigger.anaphoric:
        # another event of a list, told in its own sentence: one only with mentions of that sentence
        return next((c for c in group.nearest_first(trigger.token.i) if trigger.sentence in c.sentences and _fits(trigger, c)), None)
    at = trigger.token.i
    if trigger.anaphoric or trigger.time is None:
        era = frozenset() if trigger.anaphoric or history else trigger.era
        return next(
            (
                c
                for c in group.nearest_first(at)
                if _fits(trigger, c) and _compatible(era, c) and not (trigger.indefinite and trigger.sentence not in c.sentences)
            ),
            None,
        )
    value = trigger.time.date
    known = _same_time_cluster(trigger, trigger.time, group)
    if known is not None:
        return known
    prefer_dated = trigger.time_inherited and trigger.modality in ("announced", "planned")
    era = frozenset({value[:4]}) if value else trigger.era
    undated = None
    background = not history and _background(trigger.time, news)
    for cluster in group.nearest_first(at):
        if (background or (not history and _year_after_opening(trigger, cluster))) and cluster.time is None and not (cluster.places & set(trigger.places)):
            continue  # "Clashes leave 16 dead ... Earlier in May, ... in the wake of clashes": two events
        if cluster.time is not None and not cluster.time_inherited and prefer_dated and _fits(trigger, cluster):
            return cluster
        if undated is None and cluster.time is None and _era_fits(trigger.time, era, cluster, history) and _fits(trigger, cluster):
            if not prefer_dated:
                return cluster
            undated = cluster
        if not prefer_dated and _reported_after(trigger, cluster) and _fits(trigger, cluster):
            return cluster
    return undated


def _year_after_opening(trigger: Trigger, cluster: _Cluster) -> bool:
    """Whether a mention dated by a year of its own alone, told after the document's opening (its headline and lede),
    is another event than an undated one the opening tells, the news, also where no publication day tells how long
    ago the year was ("Two soldiers were killed Monday in an attack on a military detachment ... Armed Islamists began
    mounting cross-border raids in 2015"; not a war's start year: see ``history``)."""
    time = trigger.time
    if time is None or time.date is None or len(time.date) != 4 or time.role == "span_start" or trigger.time_inherited:
        return False
    headline, lede = _opening(trigger.token.doc)
    opening = ({0} if headline else set()) | ({lede} if lede is not None else set())
    return trigger.sentence not in opening and not cluster.sentences.isdisjoint(opening)


def last_day(value: str) -> date:
    """The last day of an ISO date, month ("2024-05": 31 May) or year."""
    return date.fromisoformat(date_range(value)[1])


def _background(time: TimeValue, news: date | None) -> bool:
    """Whether a date ends more than a month before the news day ("in 2014", "earlier in May" in a September
    report): the mention is of an earlier event than the news the text told undated before it. The start of a
    span lasts to the news ("fighting since 2017": the war of "the war-torn region")."""
    if news is None or time.date is None or time.role == "span_start":
        return False
    end = last_day(time.date)
    return (news - end).days > _BACKGROUND_DAYS


def _reported_after(trigger: Trigger, cluster: _Cluster) -> bool:
    """Whether one of a dated mention and a dated cluster has only the date of the clause that reports it
    ("The attack killed seven troops, said the military on Sunday") and the other its own day, that day or
    within a week before it ("The attack took place on Saturday"): news reports an event when or soon after
    it happens (a year or an earlier war is another event: "regained the territory in a 2020 war")."""
    if trigger.time is None or cluster.time is None or trigger.time_inherited == cluster.time_inherited:
        return False
    own, reported = (cluster.time, trigger.time) if trigger.time_inherited else (trigger.time, cluster.time)
    if own.date is None or reported.date is None or len(own.date) != 10 or len(reported.date) != 10:
        return False
    return 0 <= (date.fromisoformat(reported.date) - date.fromisoformat(own.date)).days <= _REPORTING_LAG_DAYS


def _same_time_cluster(trigger: Trigger, time: TimeValue, group: _Group) -> _Cluster | None:
    """The nearest cluster a mention dated ``time`` fits of that date (a week and a day of it are one time), else of the same
    lasting event told by its start and by the day it ended on ("The clashes broke out on Monday ... The clashes came
    to an end on Thursday")."""
    at = trigger.token.i
    same = [c for key in _same_time_keys(time) for c in group.by_date.get(key, {}).values() if _same_time(time, c.time)]
    same_day = sorted((c.distance(at), c.number, c) for c in same if _fits(trigger, c))
    if same_day:
        return same_day[0][2]
    return next((c for c in group.nearest_first(at) if _start_and_end(trigger, c) and _fits(trigger, c)), None)


def _start_and_end(trigger: Trigger, cluster: _Cluster) -> bool:
    """Whether one of a dated mention and a dated cluster has only the day its event ended on and the other a day
    within a week before it, the event's start ("A ceasefire had come into effect on Saturday" ... "the ceasefire
    ended at 6 am" on Sunday): one lasting event, dated by its start."""
    if cluster.time is None or trigger.time is None or trigger.ended == cluster.time_ended:
        return False
    start, end = (cluster.time, trigger.time) if trigger.ended else (trigger.time, cluster.time)
    if start.date is None or end.date is None or len(start.date) != 10 or len(end.date) != 10:
        return False
    return 0 < (date.fromisoformat(end.date) - date.fromisoformat(start.date)).days <= _REPORTING_LAG_DAYS


def _same_time_keys(time: TimeValue) -> list[str | None]:
    """The dates of clusters a dated mention can be one with: its own, and a week's days (a weekend's two) or a day's
    month."""
    if time.granularity == "week" and time.value is not None:
        return [time.date, *(day.isoformat() for day in week_days(time))]
    return [time.date, time.date[:7]] if time.date is not None and len(time.date) == 10 else [time.date]


def _same_time(time: TimeValue, other: TimeValue | None) -> bool:
    """The same date, or a week and a day of it ("this week" and "on Tuesday"; a weekend and its Saturday or Sunday,
    not "over the weekend" and "on Wednesday")."""
    if other is None or other.date == time.date:
        return True
    return _day_of_week(time, other) or _day_of_week(other, time)


def _day_of_week(day: TimeValue, week: TimeValue | None) -> bool:
    """Whether ``day`` dates a day that the week expression ``week`` holds: the finer date of one time, which dates
    the event ("captured the town earlier this week" ... "recaptured it on Wednesday": Wednesday's capture)."""
    if week is None or day.date is None or len(day.date) != 10:
        return False
    return date.fromisoformat(day.date) in week_days(week)


def to_event(cluster: _Cluster, context: EventContext) -> Event:
    """The event record of a cluster: the first mention's type and id, the strongest modality."""
    triggers = sorted(cluster.triggers, key=lambda t: t.token.i)
    first = triggers[0]
    modalities = {t.modality for t in triggers}
    participants: list[Participant] = []
    places: list[str] = []
    for trigger in triggers:
        participants.extend(p for p in trigger.participants if all(q.entity_key != p.entity_key for q in participants))
        places.extend(p for p in trigger.places if p not in places)
    return Event(
        id=f"{first.type}-{first.token.idx}",
        type=first.type,
        mentions=[_mention(trigger.token, context) for trigger in triggers],
        modality=next((m for m in _MODALITY_PRECEDENCE if m in modalities), "happened"),
        time=cluster.time,
        participants=participants,
        places=places,
    )


def _mention(token: Token, context: EventContext) -> EventMention:
    """The mention of a trigger, its evidence the sentence clipped to the trigger's line."""
    block, table, sentence = context.block[token.i], token_table(token.doc), token.sent
    kept = [i for i in range(sentence.start, sentence.end) if context.block[i] == block and not table.space[i]]
    return EventMention(
        start=token.idx,
        end=token.idx + len(token.text),
        text=token.text,
        evidence_start=table.idx[kept[0]],
        evidence_end=table.idx[kept[-1]] + len(table.text[kept[-1]]),
        method=METHOD,
        confidence=CONFIDENCE,
    )
