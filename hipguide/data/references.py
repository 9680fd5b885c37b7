"""Checks that need more than one file: ids that point elsewhere, dates, weights."""
from __future__ import annotations

import datetime as dt
import re

from hipguide.data.collections import (
    ADVICE,
    CONDITIONS,
    EXERCISES,
    FAQS,
    GUIDES,
    GUIDES_FOLDER,
    SYMPTOM_CHECKER,
    all_collections,
)
from hipguide.data.collections import collection as collection_of
from hipguide.data.errors import DataError
from hipguide.data.messages import did_you_mean
from hipguide.data.yaml_source import YamlDocument, field_name


def _check_ids(doc: YamlDocument, loc: tuple, ids, known, what: str, folder: str, errors: list[DataError]):
    for i, ref in enumerate(ids):
        if ref not in known:
            hint = did_you_mean(ref, known)
            errors.append(DataError(doc.rel, doc.line_of(loc + (i,)), field_name(loc + (i,)),
                                    f"unknown {what} '{ref}'{hint}. It must be the name of a file in {folder} (without the ending)."))
    seen = set()
    for i, ref in enumerate(ids):
        if ref in seen:
            errors.append(DataError(doc.rel, doc.line_of(loc + (i,)), field_name(loc + (i,)), f"'{ref}' is listed twice."))
        seen.add(ref)


def _check_review(obj, doc: YamlDocument, errors: list[DataError]):
    given = [f for f in ("reviewed_by", "last_reviewed", "next_review") if getattr(obj, f) is not None]
    if given and len(given) < 3:
        missing = [f for f in ("reviewed_by", "last_reviewed", "next_review") if f not in given]
        errors.append(DataError(doc.rel, doc.line_of((given[0],)), given[0],
                                f"a review needs reviewed_by, last_reviewed and next_review together; add {', '.join(missing)} "
                                "or remove the others until a real review has happened."))
        return
    if not given:
        return
    if obj.next_review <= obj.last_reviewed:
        errors.append(DataError(doc.rel, doc.line_of(("next_review",)), "next_review",
                                f"{obj.next_review} must be after last_reviewed ({obj.last_reviewed})."))
    if obj.last_reviewed > dt.date.today():
        errors.append(DataError(doc.rel, doc.line_of(("last_reviewed",)), "last_reviewed",
                                f"{obj.last_reviewed} is in the future; use the date the review happened."))


def _sign_pattern(sign: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(sign.lower()) + r"(?![\w-])")


def _check_care_cards(c, doc: YamlDocument, advice, errors: list[DataError]):
    """A page's care cards (a condition's, or a question's) add only what is specific to it: the general red
    flags are shown above them already.

    An item naming a general sign either repeats it (same tier) or contradicts it (another
    tier, such as a limp under "soon" when the general list says "today"): both are refused.
    """
    if advice is None or c.when_to_get_help is None:
        return
    signs = [(tier_id, flag, sign) for tier_id, tier in advice.red_flags.tiers().items()
             for flag in tier.items for sign in flag.signs]
    pain_rule = re.compile(r"\d+\s*(?:to|-|–|or)\s*\d+\s*(?:out of 10|/10)|out of 10|24 hours", re.I)
    for card in ("emergency", "today", "soon", "self_care"):
        for i, item in enumerate(getattr(c.when_to_get_help, card)):
            loc = ("when_to_get_help", card, i)
            text = item.lower()
            for tier_id, flag, sign in signs:
                if _sign_pattern(sign).search(text):
                    same = {"emergency": "emergency", "today": "today", "soon": "within_days"}.get(card) == tier_id
                    what = "repeats" if same else "contradicts"
                    errors.append(DataError(
                        doc.rel, doc.line_of(loc), field_name(loc),
                        f"'{sign}' {what} a general red flag in data/advice.yml (red_flags.{tier_id}: "
                        f"\"{flag.text[:60]}...\"), which the care cards show already. "
                        f"List only what is specific to this page."))
                    break
            if pain_rule.search(item):
                errors.append(DataError(doc.rel, doc.line_of(loc), field_name(loc),
                                        "states the pain rule in its own words: the self-care card shows the one "
                                        "pain rule from data/advice.yml already. Leave the numbers out."))


def _check_reference_fields(collection, item, doc: YamlDocument, known: dict, guides: list[str],
                            errors: list[DataError]) -> None:
    """Every id in the item's reference fields names a page that exists (hipguide/data/collections.py)."""
    for field, target in collection.references.items():
        if target == GUIDES:
            ids, noun, folder = dict.fromkeys(guides), "guide", GUIDES_FOLDER
        else:
            ids, noun, folder = known[target], collection_of(target).noun, collection_of(target).folder
        _check_ids(doc, (field,), getattr(item, field), ids, noun, f"{folder}/", errors)


def _check_condition(c, doc: YamlDocument, checker, errors: list[DataError]) -> None:
    for i, ref in enumerate(c.only_once_cleared):
        if ref not in c.exercises:
            errors.append(DataError(doc.rel, doc.line_of(("only_once_cleared", i)), field_name(("only_once_cleared", i)),
                                    f"'{ref}' is not in this condition's exercises list; add it there first."))
    if checker is None:
        return
    options = checker.option_ids()
    for qid, weights in c.symptom_weights.items():
        loc = ("symptom_weights", qid)
        if qid not in options:
            errors.append(DataError(doc.rel, doc.line_of(loc), field_name(loc),
                                    f"unknown question '{qid}'{did_you_mean(qid, options)}. "
                                    f"Allowed: {', '.join(q for q in options if options[q])}."))
            continue
        for oid in weights:
            if oid not in options[qid]:
                errors.append(DataError(doc.rel, doc.line_of(loc + (oid,)), field_name(loc + (oid,)),
                                        f"unknown answer '{oid}' for question '{qid}'{did_you_mean(oid, options[qid])}. "
                                        f"Allowed: {', '.join(options[qid])}."))


def _check_exercise(e, doc: YamlDocument, errors: list[DataError]) -> None:
    for key in ("easier", "harder"):
        if e.id in getattr(e, key):
            errors.append(DataError(doc.rel, doc.line_of((key,)), key, "an exercise cannot list itself."))


def _check_faq_orders(faqs: dict, docs: dict, errors: list[DataError]) -> None:
    orders: dict[int, str] = {}
    for fid, f in sorted(faqs.items()):
        if f.order in orders:
            doc = docs[(FAQS.kind, fid)]
            errors.append(DataError(doc.rel, doc.line_of(("order",)), "order",
                                    f"order {f.order} is also used by {FAQS.source_file(orders[f.order])}; "
                                    "give each question its own number."))
        orders.setdefault(f.order, fid)


def check_references(singles: dict, collections: dict, docs: dict, guides: list[str], errors: list[DataError]) -> None:
    """Append an error for every broken reference between data files."""
    # A file that exists but failed validation is still a known id: no knock-on errors.
    known = {kind: set(collections[kind]) | {i for (k, i) in docs if k == kind} for kind in collections}
    checker = singles.get(SYMPTOM_CHECKER.key)
    advice = singles.get(ADVICE.key)
    for collection in all_collections():
        for item_id, item in collections[collection.kind].items():
            doc = docs[(collection.kind, item_id)]
            _check_reference_fields(collection, item, doc, known, guides, errors)
            if hasattr(item, "when_to_get_help"):
                _check_care_cards(item, doc, advice, errors)
            if hasattr(item, "reviewed_by"):
                _check_review(item, doc, errors)
            if collection is CONDITIONS:
                _check_condition(item, doc, checker, errors)
            elif collection is EXERCISES:
                _check_exercise(item, doc, errors)
    _check_faq_orders(collections[FAQS.kind], docs, errors)
    if checker is not None:
        _check_checker(checker, docs[(SYMPTOM_CHECKER.key, "")], errors)


def _check_areas(q, i: int, doc: YamlDocument, errors: list[DataError]) -> None:
    """Each location answer names its body map area (the "where it hurts" pictures' alt text); no other answer does."""
    for j, o in enumerate(q.options):
        field = f"questions[{i}].options[{j}].area"
        if q.id == "location" and not o.area:
            errors.append(DataError(doc.rel, doc.line_of(("questions", i, "options", j)), field,
                                    f"location answer '{o.id}' needs an area: its name in the 'where it hurts' "
                                    "pictures, like 'the outside of the hip'."))
        elif q.id != "location" and o.area:
            errors.append(DataError(doc.rel, doc.line_of(("questions", i, "options", j, "area")), field,
                                    f"answer '{o.id}' has an area, but only the location answers have one. Delete it."))


def _check_checker(checker, doc: YamlDocument, errors: list[DataError]) -> None:
    from hipguide.data.models.symptom_checker import QUESTION_IDS
    seen = [q.id for q in checker.questions]
    missing = [q for q in QUESTION_IDS if q not in seen]
    if missing:
        errors.append(DataError(doc.rel, doc.line_of(("questions",)), "questions", f"missing question(s): {', '.join(missing)}."))
    for i, q in enumerate(checker.questions):
        if seen.count(q.id) > 1 and seen.index(q.id) != i:
            errors.append(DataError(doc.rel, doc.line_of(("questions", i, "id")), f"questions[{i}].id",
                                    f"question '{q.id}' appears twice."))
        if seen.index(q.id) == i:
            _check_areas(q, i, doc, errors)
        ids = [o.id for o in q.options]
        for j, oid in enumerate(ids):
            if ids.index(oid) != j:
                errors.append(DataError(doc.rel, doc.line_of(("questions", i, "options", j)), f"questions[{i}].options[{j}].id",
                                        f"option '{oid}' appears twice."))
    for tid in ("urgent", "stop-and-book", "book", "self-manage"):
        if tid not in checker.triage:
            errors.append(DataError(doc.rel, doc.line_of(("triage",)), "triage", f"missing the wording for '{tid}'."))
