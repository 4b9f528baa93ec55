"""Event coreference within a document: same-type mentions of one real-world event become one
event (GUIDELINES section 4), and each cluster becomes an ``Event`` record.

Mentions are merged only when compatible: the same type and factuality, no two different dates
(nor years of different eras), the same sides (not one side's attack and the other's, not two
different states' operations), a common place when both name places, and neither named as the
other's reference point in one sentence ("the attack came after the raid")."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from kg.codes import EventType, Modality
from kg.extract.events.context import EventContext
from kg.records import Event, EventMention, Participant, Role, TimeValue

METHOD = "rules:event_triggers"
CONFIDENCE = 0.7
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


@dataclass
class _Cluster:
    """Coreferent triggers of one event."""

    triggers: list[Trigger]
    time: TimeValue | None = None
    time_inherited: bool = False
    locked: bool = False

    @property
    def era(self) -> frozenset[str]:
        eras: set[str] = set().union(*(trigger.era for trigger in self.triggers))
        if self.time is not None and self.time.value:
            eras.add(self.time.value[:4])
        return frozenset(eras)

    def side(self, role: Role) -> frozenset[str]:
        """The states and armed groups of a role in any of the cluster's mentions."""
        return frozenset().union(*(trigger.sides.get(role, frozenset()) for trigger in self.triggers))

    @property
    def places(self) -> frozenset[str]:
        return frozenset(place for trigger in self.triggers for place in trigger.places)

    def add(self, trigger: Trigger) -> None:
        self.triggers.append(trigger)
        if trigger.time is not None and (self.time is None or (self.time_inherited and not trigger.time_inherited)):
            self.time, self.time_inherited = trigger.time, trigger.time_inherited


def corefer(triggers: list[Trigger]) -> list[_Cluster]:
    """Merge same-type mentions of one real-world event; a counted plural ("two attacks") stays apart."""
    clusters: list[_Cluster] = []
    weak = [t.time_inherited and t.modality in ("announced", "planned") for t in triggers]
    ordered = [t for t, w in zip(triggers, weak) if not w] + [t for t, w in zip(triggers, weak) if w]
    for trigger in ordered:
        factual = trigger.modality in _FACTUAL
        candidates = [
            c for c in clusters
            if c.triggers[0].type == trigger.type and c.triggers[0].family == trigger.family
            and (c.triggers[0].modality in _FACTUAL) == factual and not c.locked
            and _same_sides(trigger, c) and _same_place(trigger, c) and not _related_in_sentence(trigger, c)
        ]
        candidates.sort(key=lambda c: min(abs(trigger.token.i - t.token.i) for t in c.triggers))
        target = _choose(trigger, candidates)
        if target is None:
            if trigger.anaphoric:
                continue
            target = _Cluster(triggers=[], locked=trigger.counted)
            clusters.append(target)
        target.add(trigger)
    return clusters


def _same_sides(trigger: Trigger, cluster: _Cluster) -> bool:
    """Whether a mention can be of the cluster's event by who acts: not the other side's act (an agent of
    one is a target of the other), and not another actor's (both name acting states or armed groups,
    none in common)."""
    agents, targets = trigger.sides.get("agent", frozenset()), trigger.sides.get("target", frozenset())
    their_agents, their_targets = cluster.side("agent"), cluster.side("target")
    if (agents & their_targets or targets & their_agents) and not agents & their_agents:
        return False
    return not (agents and their_agents and not agents & their_agents)


def _related_in_sentence(trigger: Trigger, cluster: _Cluster) -> bool:
    """Whether one of two mentions of a sentence is the other's reference point ("the attack came two weeks
    after the raid"): two events, not one."""
    sentence = trigger.token.sent
    return any(
        other.token.sent == sentence and (trigger.reference_point or other.reference_point) for other in cluster.triggers
    )


def _same_place(trigger: Trigger, cluster: _Cluster) -> bool:
    """Whether a mention can be of the cluster's event by where: both name places, and some in common."""
    places = cluster.places
    return not (trigger.places and places and not places & set(trigger.places))


def _compatible(era: frozenset[str], cluster: _Cluster) -> bool:
    other = cluster.era
    if not era or not other:
        return True
    return any(a.startswith(b) or b.startswith(a) for a in era for b in other)


def _choose(trigger: Trigger, candidates: list[_Cluster]) -> _Cluster | None:
    """The cluster a trigger joins, nearest first, or ``None`` for a new event."""
    if trigger.anaphoric:
        return candidates[0] if candidates else None
    if trigger.counted:
        return None
    if trigger.time is None:
        return next((c for c in candidates if _compatible(trigger.era, c)), None)
    value = trigger.time.date
    same_day = next((c for c in candidates if c.time is not None and c.time.date == value), None)
    if same_day is not None:
        return same_day
    if trigger.time_inherited and trigger.modality in ("announced", "planned"):
        dated = next((c for c in candidates if c.time is not None and not c.time_inherited), None)
        if dated is not None:
            return dated
    era = frozenset({value[:4]}) if value else trigger.era
    return next((c for c in candidates if c.time is None and _compatible(era, c)), None)


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
    block = context.block[token.i]
    tokens = [t for t in token.sent if context.block[t.i] == block and not t.is_space]
    return EventMention(
        start=token.idx,
        end=token.idx + len(token.text),
        text=token.text,
        evidence_start=tokens[0].idx,
        evidence_end=tokens[-1].idx + len(tokens[-1].text),
        method=METHOD,
        confidence=CONFIDENCE,
    )
