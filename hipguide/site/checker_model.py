"""Models -> the symptom checker's model.json, the one input of its engine.

The engine (docs/assets/symptom-checker/engine.js, shipped as
symptom-checker/engine.js) holds the triage rules (which answers make a result
urgent, stop-and-book, book or self-manage) and nothing else: every word the
runner sees and every weight comes from here, i.e. from data/.

How the weights in data/conditions/*.yml (symptom_weights) were chosen
-----------------------------------------------------------------------
A condition's score is the plain sum of the weights of the answers ticked;
conditions with a score above 0 are listed, best first. Weights run from -5 to
5 and were set by hand, answer by answer, on this scale:

  5  the answer is the hallmark the clinic's article names for the condition:
     warm-up pattern -> tendinopathies (gluteal, hamstring, iliopsoas get 3 to 4,
     shared between them, so location decides); pain that worsens through the
     run -> stress fracture; sore for hours after -> an inflammatory source
     (bursitis); settles straight after -> a mechanical source (low back
     referral); sudden onset at one moment -> strain; clicking and locking ->
     labral tear; pinching in deep hip flexion -> impingement; squeezing the
     legs -> adductor-related groin pain; stiffness over 50 -> osteoarthritis.
  3-4  where it hurts, for the condition that lives there (outside -> the
     gluteal tendons and the bursa; sit bone -> hamstring tendon; low back or
     down the leg -> referral), and typical aggravators (lying on the side,
     sitting on the sit bone, lifting the leg for the hip flexors).
  1-2  answers that fit but are common to many causes (gradual onset, stairs,
     a recent jump in training, worse the next morning).
  -1 to -5  answers that argue against (a warm-up pattern against a stress
     fracture; sudden onset against the slow-building tendon and joint
     problems; under 35 against osteoarthritis; settling quickly against
     bursitis).

Red flags (version 2 of the contract) may carry weights too, for the ranking
only: the engine's triage rules decide what a red flag does. Not bearing weight
(5) and a limp (5) point to a stress fracture, the one cause on the list that
must not be missed, so that an atraumatic "cannot put weight on it" ranks it
first or in the top three; night pain (2), constant pain (2) and cancer, thin
bones or steroids (3) add to it too. Not bearing weight argues against the
slow tendon, bursa, joint and back problems (-2; adductors -1): they rarely
stop you standing, so the reassuring names do not crowd out the bone. One-leg numbness and
the saddle/bladder signs point to low back referral (4); hip surgery adds 1 to
osteoarthritis. A warm-up pattern argues against a stress fracture at -2.

Location answers are kept a notch below the pattern answers, so that the
article's running and after-run patterns decide between conditions that hurt
in the same place. The worked cases in shared/symptom-checker/vignettes.yml
and the ranking tests in tests/build/symptom_checker/ check the result.
"""
from __future__ import annotations

from hipguide.data.collections import CONDITIONS, EXERCISES, page_url
from hipguide.data.site_data import SiteData
from hipguide.site.template_context import clinic_context

PAIN_RANGE = (0, 10)  # the contract fixes the pain score as a whole number 0-10


def _question(q) -> dict:
    out = {"id": q.id, "kind": q.kind, "legend": q.legend, "help": q.help,
           "options": [{"id": o.id, "label": o.label, "reason": o.reason} for o in q.options]}
    if q.kind == "number":
        out["min"], out["max"] = PAIN_RANGE
    return out


def checker_model(data: SiteData, use_directory_urls: bool = True) -> dict:
    """The JSON-ready model: questions, conditions with weights, exercises, wording, clinic CTA.

    Condition and exercise ``url`` values are relative to the site root.
    """
    checker = data.symptom_checker
    used_exercises = {e for c in data.conditions.values() for e in c.exercises}
    clinic = clinic_context(data.clinic)
    return {
        "version": 1,
        "questions": [_question(q) for q in checker.questions],
        "conditions": [
            {"id": c.id, "name": c.name, "url": page_url(CONDITIONS.kind, c.id, use_directory_urls),
             "weights": {q: dict(opts) for q, opts in c.symptom_weights.items()},
             "exercises": list(c.exercises),
             "only_once_cleared": list(c.only_once_cleared)}
            for c in data.conditions.values()
        ],
        "exercises": {e.id: {"name": e.name, "url": page_url(EXERCISES.kind, e.id, use_directory_urls), "stretch": e.stretch}
                      for e in data.exercises.values() if e.id in used_exercises},
        "triage": {tid: msg.model_dump() for tid, msg in checker.triage.items()},
        "load_advice": dict(checker.load_advice),
        "urgent_actions": dict(checker.urgent_actions),
        "stop_notes": dict(checker.stop_notes),
        "pain_rule": data.advice.pain_rule,
        "only_once_cleared": data.advice.only_once_cleared,
        # The general red flags (data/advice.yml), shown as the safety-net at the end of every result.
        "red_flags": {
            "tiers": [{"id": tid, "heading": tier.heading, "items": [i.text for i in tier.items]}
                      for tid, tier in data.advice.red_flags.tiers().items()],
            "not_sure": data.advice.red_flags.not_sure,
        },
        "wording": checker.wording.model_dump(),
        "clinic": {
            "name": clinic["name"],
            "phone": clinic["phone"],
            "phone_href": clinic["phone_href"],
            "booking_url": clinic["booking_url"],
            "emergency_number": clinic["emergency"]["number"],
            "emergency_href": clinic["emergency_href"],
            "healthdirect": clinic["emergency"]["healthdirect"],
            "healthdirect_href": clinic["healthdirect_href"],
        },
    }
