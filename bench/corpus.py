"""A generator of distinct synthetic news articles for the scale benchmarks.

Each article is built from its own random draw: a publication date, a conflict
setting (two sides from a pool of states and generated armed groups, generated
towns, officials and spokespeople), and 18-26 sentences picked from some forty
templates (attacks with casualty figures, denials, accusations, ceasefire talks,
evacuations, protests, background), filled with fresh names and numbers and put
in a random order. Templates put a slot every few words, so two articles share
few five-word runs: ``check`` confirms that no two are near duplicates by the
rule kg itself uses (``kg.ingest.dedup``).

    python bench/corpus.py N FOLDER [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
from pathlib import Path

STATES = (
    "Armenia", "Azerbaijan", "Russia", "Ukraine", "Georgia", "Turkey", "Iran", "Israel", "Syria", "Pakistan",
    "India", "China", "Moldova", "Belarus", "Kazakhstan", "Greece", "Cyprus", "Hungary", "France", "Qatar",
)
MEDIATORS = ("France", "Qatar", "Turkey", "the United States", "Switzerland", "Kazakhstan", "the European Union", "the United Nations")
FIRST = ("Amir", "Lena", "Tomas", "Sara", "Davit", "Irina", "Omar", "Nadia", "Karim", "Elena", "Yusuf", "Marta", "Arman",
         "Olga", "Farid", "Anna", "Rustam", "Leyla", "Pavel", "Zara", "Samir", "Ines", "Vahan", "Dina", "Ilya", "Maya")
LAST = ("Petrosyan", "Karimov", "Novak", "Haddad", "Orlov", "Mirza", "Kovacs", "Demir", "Sarkis", "Volkov", "Rahimi",
        "Baran", "Lazar", "Sokolov", "Aziz", "Melik", "Horvat", "Yilmaz", "Grigor", "Shah", "Marin", "Tarasov", "Hakim")
SYLLABLES = ("Ka", "ra", "Be", "lo", "No", "vo", "Ta", "sh", "Mi", "re", "Sa", "du", "Ze", "ni", "Or", "ta", "Vel", "ka",
             "Dar", "mi", "Lu", "ga", "Pe", "tro", "Ha", "mar", "Ki", "rov", "Zor", "an")
TOWN_ENDS = ("abad", "grad", "ovka", "shen", "avan", "pol", "kent", "dorf", "iye", "ino")
GROUP_WORDS = ("Liberation", "Popular", "Northern", "Southern", "Mountain", "Revolutionary", "Patriotic", "Free", "United")
GROUP_NOUNS = ("Front", "Army", "Brigades", "Movement", "Guard", "Council", "Legion")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OUTLETS = ("Wire Service", "Daily Monitor", "Regional Post", "Frontline News", "The Observer Desk", "Capital Herald")
WEAPONS = ("drones", "artillery", "rockets", "mortars", "missiles", "armoured vehicles", "heavy machine guns")
VICTIMS = ("civilians", "soldiers", "police officers", "fighters", "residents", "border guards", "aid workers")

TEMPLATES = (
    "{side_a} forces attacked {town} on {weekday}, killing {n} {victims}, the {side_b} defence ministry said.",
    "At least {n} {victims} were killed when {weapons} hit {town} early on {weekday}, {official} told reporters.",
    "{official}, a spokesperson for the {group}, denied that its fighters had shelled {town}.",
    "{side_b} accused {side_a} of violating the ceasefire near {town} with {weapons} and sniper fire.",
    "The {side_a} foreign ministry said on {weekday} that {n} of its {victims} had been wounded in {town}.",
    "Talks between {side_a} and {side_b} in {city} ended on {weekday} without agreement, {mediator} said.",
    "{mediator} called on both sides to return to talks and to open a corridor for {victims} leaving {town}.",
    "More than {big} people have been evacuated from {town} since the fighting began, according to {official}.",
    "Hundreds of protesters gathered in {city} on {weekday} to demand the resignation of {leader}.",
    "{leader} warned that {side_a} would respond to any new attack on {town} with force.",
    "The {group} said it had captured {small} positions around {town} and seized {small2} {weapons}.",
    "{side_a} denied the claims, saying its units had only returned fire near {town} and {town2}.",
    "Residents of {town} said the shelling lasted for {small} hours and damaged the hospital and two schools.",
    "A ceasefire brokered by {mediator} took effect at midnight on {weekday}, but clashes resumed near {town2}.",
    "{official} said {big} families were sheltering in basements in {town} without water or electricity.",
    "According to local officials, {n} {victims} died and {n2} were injured in the attack on the market in {town}.",
    "{side_b} said it had shot down {small} {weapons_one} launched towards {town2} overnight.",
    "The blockade of the road between {town} and {town2} has lasted for {small} weeks, aid groups said.",
    "In a televised address, {leader} described the operation near {town} as a necessary response.",
    "Observers from {mediator} reported heavy fighting along the line between {town} and {town2} on {weekday}.",
    "{group} commanders said {big2} fighters had joined their ranks since the offensive on {town} began.",
    "{official}, who heads the regional administration, said the death toll in {town} had risen to {n}.",
    "Witnesses in {town2} described columns of {weapons} moving towards the front on {weekday} evening.",
    "{side_a} and {side_b} exchanged accusations at an emergency meeting of the security council in {city}.",
    "Prices of bread and fuel in {city} have doubled since the fighting around {town} started, traders said.",
    "The {group} warned residents of {town2} to leave within {small} days before a planned assault.",
    "{leader} met {leader2} in {city} on {weekday} to discuss the exchange of {small} prisoners.",
    "Aid agencies said {big} people in {town} and nearby villages needed food and medical supplies.",
    "Satellite images reviewed by {outlet} showed at least {small} destroyed buildings in the centre of {town}.",
    "{official} told {outlet} that the army had lost contact with {small} units near {town2}.",
    "The ministry of emergency situations of {side_b} said rescue teams had recovered {n} bodies in {town}.",
    "{side_a} recalled its ambassador from {capital} after the strike on {town}, the state news agency reported.",
    "Schools in {town2} will stay closed until further notice, the local education office announced on {weekday}.",
    "Analysts said the fighting around {town} was the worst since the war between {side_a} and {side_b} in {year}.",
    "{leader} pledged to rebuild {town} and to compensate the families of the {n} {victims} who were killed.",
    "A convoy of {small} trucks carrying food reached {town2} on {weekday} after days of negotiations.",
    "{official} denied reports that {group} fighters had executed prisoners near {town}.",
    "Electricity was restored to {big} homes in {town} after engineers repaired a damaged substation.",
    "The {group} announced a unilateral truce around {town2} to allow the evacuation of the wounded.",
    "{side_b} said {n} of its soldiers had been captured near {town} and demanded their release.",
)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _town(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2))).capitalize() + rng.choice(TOWN_ENDS)


def article(number: int, seed: int = 1) -> str:
    """The text of synthetic article ``number`` (the same for the same number and seed)."""
    rng = random.Random(f"{seed}-{number}")
    side_a, side_b = rng.sample(STATES, 2)
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    towns = [_town(rng) for _ in range(4)]
    people = [_name(rng) for _ in range(5)]
    group = f"{rng.choice(GROUP_WORDS)} {rng.choice(GROUP_WORDS)} {rng.choice(GROUP_NOUNS)} of {towns[3]}"
    outlet = rng.choice(OUTLETS)

    def fill(template: str) -> str:
        values = {
            "side_a": side_a, "side_b": side_b, "town": rng.choice(towns[:2]), "town2": rng.choice(towns[1:]),
            "city": rng.choice(("Geneva", "Vienna", "Doha", "Istanbul", "Brussels", "Tbilisi", towns[0])),
            "capital": rng.choice(("Moscow", "Baku", "Yerevan", "Ankara", "Tehran", "Kyiv")),
            "weekday": rng.choice(WEEKDAYS), "n": rng.randint(2, 95), "n2": rng.randint(3, 240),
            "small": rng.randint(2, 19), "small2": rng.randint(2, 30), "big": f"{rng.randint(1, 40) * 250:,}",
            "big2": f"{rng.randint(2, 90) * 100:,}", "victims": rng.choice(VICTIMS), "weapons": rng.choice(WEAPONS),
            "weapons_one": rng.choice(("drones", "missiles", "rockets")), "official": rng.choice(people),
            "leader": f"President {people[0]}", "leader2": f"Prime Minister {people[1]}", "group": group,
            "mediator": rng.choice(MEDIATORS), "outlet": outlet, "year": rng.choice(("2008", "2016", "2020", "1994")),
        }
        return template.format(**values)

    sentences = [fill(t) for t in rng.sample(TEMPLATES, rng.randint(18, 26))]
    paragraphs = []
    while sentences:
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[:size]))
        sentences = sentences[size:]
    headline = f"{side_a} and {side_b} trade blame as fighting spreads to {towns[0]}"
    dateline = f"By {people[4]}, {outlet}\nPublished {published:%B} {published.day}, {published.year}"
    return "\n\n".join([headline, dateline, *paragraphs]) + "\n"


def generate(count: int, folder: Path, seed: int = 1) -> int:
    """Write articles ``0 .. count-1`` as ``folder/NNNNNN.txt``; returns the number of words."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for number in range(count):
        text = article(number, seed)
        (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def check(folder: Path) -> tuple[int, int]:
    """(distinct texts, near-duplicate pairs found by kg's own rule) of the articles in ``folder``."""
    from kg.index import StoreIndex
    from kg.ingest import iter_documents
    from kg.ingest.dedup import DuplicateFinder
    from kg.records import IngestedDocument

    index = StoreIndex(":memory:")
    finder = DuplicateFinder(index)
    hashes, duplicates = set(), 0
    for number, document in enumerate(iter_documents([folder])):
        if not isinstance(document, IngestedDocument):  # an unreadable file or a warning: not an article to compare
            continue
        hashes.add(hashlib.sha256(document.source.text.encode()).hexdigest())
        original, signature = finder.check(document.doc_id, document.analysis_text())
        duplicates += original is not None
        index.add_document(document.doc_id, f"#{number}", "", signature.shingles, signature.to_bytes(), signature.buckets())
    return len(hashes), duplicates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    words = generate(args.count, args.folder, args.seed)
    distinct, duplicates = check(args.folder)
    print(f"{args.count} articles, {words:,} words, {distinct} distinct texts, {duplicates} near duplicates")


if __name__ == "__main__":
    main()
