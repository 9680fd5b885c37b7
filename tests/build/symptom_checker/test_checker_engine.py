"""The BUILT engine.js with the BUILT model.json, run by Node 20: worked cases, rankings, properties.

The contract's worked cases are copied into vignettes.yml beside this file so a
clean clone can run them; a test checks the copy against the shared original
whenever it is present.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support.project import ROOT

HERE = Path(__file__).parent
VIGNETTES = yaml.safe_load((HERE / "vignettes.yml").read_text())
RANKING = yaml.safe_load((HERE / "ranking_cases.yml").read_text())
SHARED_VIGNETTES = ROOT.parent / "shared" / "symptom-checker" / "vignettes.yml"
URGENT_FLAGS = ["cannot-weight-bear", "fall-or-impact", "fever-unwell", "saddle-bladder-bowel"]
STOP_FLAGS = ["constant-pain", "night-pain", "walking-limp", "numbness-weakness", "bone-risk", "hip-surgery"]


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node 20 is needed for the engine tests: run `make test`, which installs it")
    return node


class Engine:
    """A Node process running the built engine; one JSON line in, one out."""

    def __init__(self, site: Path):
        sc = site / "symptom-checker"
        self.model = json.loads((sc / "model.json").read_text())
        self.proc = subprocess.Popen([_node(), str(HERE / "assess_lines.mjs"), str(sc / "engine.js"), str(sc / "model.json")],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def reply(self, answers) -> dict:
        self.proc.stdin.write(json.dumps(answers) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, "the engine process ended"
        return json.loads(line)

    def assess(self, answers) -> dict:
        reply = self.reply(answers)
        assert "error" not in reply, f"assess threw for {answers}: {reply.get('error')}"
        return reply["result"]

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def engine(built_site):
    e = Engine(built_site)
    yield e
    e.close()


def test_vignettes_copy_matches_the_contract():
    if not SHARED_VIGNETTES.is_file():
        pytest.skip("the shared contract folder is not beside this clone")
    assert yaml.safe_load(SHARED_VIGNETTES.read_text()) == VIGNETTES


def _check_expectations(result: dict, expect: dict):
    ids = [c["id"] for c in result["conditions"]]
    shown = f"triage {result['triage']}, ranking {[(c['id'], c['score']) for c in result['conditions'][:5]]}"
    if "triage" in expect:
        assert result["triage"] == expect["triage"], shown
    if "top" in expect:
        assert ids[:1] == [expect["top"]], shown
    if "top_any" in expect:
        assert ids[:1] and ids[0] in expect["top_any"], shown
    for cid in expect.get("top3", []):
        assert cid in ids[:3], shown
    for cid in expect.get("not_top3", []):
        assert cid not in ids[:3], shown


@pytest.mark.parametrize("case", VIGNETTES, ids=[c["id"] for c in VIGNETTES])
def test_vignette(engine, case):
    _check_expectations(engine.assess(case["answers"]), case["expect"])


@pytest.mark.parametrize("case", RANKING, ids=[c["id"] for c in RANKING])
def test_ranking_case(engine, case):
    _check_expectations(engine.assess(case["answers"]), case["expect"])


def test_reasons_are_the_option_reasons_strongest_first(engine):
    result = engine.assess({"location": ["outside"], "run-pattern": ["warms-up"], "aggravators": ["lying-on-side"]})
    top = result["conditions"][0]
    assert top["id"] == "gluteal-tendinopathy"
    reason = {(q["id"], o["id"]): o["reason"] for q in engine.model["questions"] for o in q["options"]}
    # outside 4, then two of weight 3 in question order (run pattern before aggravators)
    assert top["reasons"] == [reason["location", "outside"], reason["run-pattern", "warms-up"],
                              reason["aggravators", "lying-on-side"]]


def test_node_test_file_passes(built_site):
    """Seeded random answer sets in plain Node, with fetch and storage made to throw."""
    env = {"CHECKER_SITE": str(built_site), "PATH": str(Path(_node()).parent)}
    run = subprocess.run([_node(), "--test", str(HERE / "engine.test.mjs")], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "# fail 0" in run.stdout and "# pass 6" in run.stdout, run.stdout


# ------------------------------------------------------------------ properties

_QUESTIONS = yaml.safe_load((ROOT / "data" / "symptom-checker.yml").read_text())["questions"]
OPTIONS = {q["id"]: [o["id"] for o in q.get("options", [])] for q in _QUESTIONS if q["kind"] != "number"}
JUNK_IDS = st.sampled_from(["", "unknown", "__proto__", "constructor", "hasOwnProperty", "Front", "outside "])


@st.composite
def answer_sets(draw, junk: bool = False):
    answers = {}
    for qid, options in OPTIONS.items():
        if draw(st.booleans()):
            picked = draw(st.lists(st.sampled_from(options), unique=True, max_size=len(options)))
            if junk:
                picked += draw(st.lists(JUNK_IDS, max_size=2))
            answers[qid] = picked
    if draw(st.booleans()):
        answers["pain-level"] = draw(st.integers(0, 10))
    return answers


def spec_triage(answers: dict, top: str | None) -> str:
    """The triage rules (version 2, as engine.js's header states them), written out again independently, to check the engine against."""
    flags = set(answers.get("red-flags", []))
    ticked = lambda q, o: o in answers.get(q, [])  # noqa: E731
    pain = answers.get("pain-level")
    child = ticked("age-group", "under-16")
    if flags & set(URGENT_FLAGS) or (child and "walking-limp" in flags):
        return "urgent"
    bone_stress = ticked("run-pattern", "worsens") or (ticked("run-pattern", "had-to-stop") and not ticked("onset", "sudden"))
    if flags & set(STOP_FLAGS) or child or top == "stress-fracture" or bone_stress:
        return "stop-and-book"
    if ((pain is not None and pain >= 5) or ticked("run-pattern", "had-to-stop") or ticked("onset", "sudden")
            or any(ticked("mechanical", m) for m in ("clicking", "locking", "giving-way"))
            or (ticked("after-run", "lasts-hours") and not ticked("after-run", "baseline-24h"))):
        return "book"
    settles = ticked("after-run", "baseline-24h") or (ticked("after-run", "settles-quickly")
                                                      and not ticked("after-run", "worse-next-morning"))
    if pain is not None and pain <= 4 and settles:
        return "self-manage"
    return "book"


def spec_scores(model: dict, answers: dict) -> dict[str, int]:
    """Each listed condition's score: the sum of its weights for the ticked answers, when some answer points to it."""
    out = {}
    for c in model["conditions"]:
        weights = [c["weights"].get(q, {}).get(o) for q, opts in answers.items() if q in OPTIONS for o in opts]
        weights = [w for w in weights if w is not None]
        if sum(weights) > 0 and any(w > 0 for w in weights):
            out[c["id"]] = sum(weights)
    return out


PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.slow  # hundreds of generated answer sets through Node
@PROPERTY_SETTINGS
@given(answers=answer_sets())
def test_triage_and_scores_follow_the_contract(engine, answers):
    result = engine.assess(answers)
    scores = [c["score"] for c in result["conditions"]]
    assert scores == sorted(scores, reverse=True), "best match first"
    assert {c["id"]: c["score"] for c in result["conditions"]} == spec_scores(engine.model, answers)
    assert all(c["reasons"] for c in result["conditions"])
    top = result["conditions"][0]["id"] if result["conditions"] else None
    assert result["triage"] == spec_triage(answers, top)


@pytest.mark.slow  # hundreds of generated answer sets through Node
@PROPERTY_SETTINGS
@given(answers=answer_sets(), flag=st.sampled_from(URGENT_FLAGS))
def test_any_urgent_red_flag_gives_urgent(engine, answers, flag):
    answers["red-flags"] = sorted(set(answers.get("red-flags", [])) | {flag})
    assert engine.assess(answers)["triage"] == "urgent"


# Never "book" or "self-manage" (keep running) with any of these, whatever else is ticked.
STOP_FLOORS = {
    **{f"red flag {f}": {"red-flags": [f]} for f in ("walking-limp", "night-pain", "constant-pain", "numbness-weakness",
                                                     "bone-risk", "hip-surgery")},
    "under 16": {"age-group": ["under-16"]},
    "pain builds through the run": {"run-pattern": ["worsens"]},
}


@pytest.mark.slow  # hundreds of generated answer sets through Node
@PROPERTY_SETTINGS
@given(answers=answer_sets(), floor=st.sampled_from(list(STOP_FLOORS)), training=st.lists(
    st.sampled_from(["load-increase", "few-rest-days", "high-volume"]), unique=True))
def test_stop_floors_never_give_book_or_self_care(engine, answers, floor, training):
    for qid, ids in STOP_FLOORS[floor].items():
        if qid == "red-flags":
            answers[qid] = sorted(set(answers.get(qid, [])) | set(ids))
        else:
            answers[qid] = ids
    if training:
        answers["training"] = training
    assert engine.assess(answers)["triage"] in {"urgent", "stop-and-book"}, (floor, answers)


@pytest.mark.slow  # hundreds of generated answer sets through Node
@PROPERTY_SETTINGS
@given(answers=answer_sets())
def test_a_limping_child_is_urgent(engine, answers):
    answers["age-group"] = ["under-16"]
    answers["red-flags"] = sorted(set(answers.get("red-flags", [])) | {"walking-limp"})
    assert engine.assess(answers)["triage"] == "urgent"


@pytest.mark.slow  # hundreds of generated answer sets through Node
@PROPERTY_SETTINGS
@given(answers=answer_sets())
def test_self_care_needs_a_mild_score_and_settling(engine, answers):
    if engine.assess(answers)["triage"] == "self-manage":
        after = set(answers.get("after-run", []))
        assert answers.get("pain-level") is not None and answers["pain-level"] <= 4
        assert "baseline-24h" in after or ("settles-quickly" in after and "worse-next-morning" not in after)


@pytest.mark.slow  # hundreds of generated answer sets through Node
@PROPERTY_SETTINGS
@given(location=st.lists(st.sampled_from(OPTIONS["location"]), unique=True, max_size=3),
       onset=st.sampled_from([[], ["gradual"], ["unsure"]]), training=st.lists(st.sampled_from(OPTIONS["training"]), unique=True),
       age=st.sampled_from([[]] + [[a] for a in OPTIONS["age-group"]]), pain=st.none() | st.integers(0, 10))
def test_atraumatic_cannot_weight_bear_keeps_stress_fracture_in_the_top_3(engine, location, onset, training, age, pain):
    """Not bearing weight without a fall: the (hidden) list must never hold only reassuring causes."""
    answers = {"red-flags": ["cannot-weight-bear"], "location": location, "onset": onset, "training": training, "age-group": age}
    if pain is not None:
        answers["pain-level"] = pain
    ids = [c["id"] for c in engine.assess(answers)["conditions"]]
    assert "stress-fracture" in ids[:3], (answers, ids[:5])


@pytest.mark.slow  # hundreds of generated answer sets through Node
@PROPERTY_SETTINGS
@given(answers=answer_sets(junk=True),
       extra=st.dictionaries(st.sampled_from(["nonsense", "__proto__", "constructor", "Location", "pain"]),
                             st.one_of(st.lists(JUNK_IDS), st.integers(), st.none(), st.text(max_size=5)), max_size=3))
def test_unknown_ids_are_ignored(engine, answers, extra):
    clean = {q: [o for o in v if o in OPTIONS[q]] for q, v in answers.items() if q in OPTIONS}
    if "pain-level" in answers:
        clean["pain-level"] = answers["pain-level"]
    assert engine.assess({**answers, **extra}) == engine.assess(clean)


@pytest.mark.slow  # hundreds of generated answer sets through Node
@PROPERTY_SETTINGS
@given(answers=st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                            | st.text(max_size=8),
                            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                            max_leaves=20))
def test_assess_never_throws_on_any_json(engine, answers):
    reply = engine.reply(answers)
    assert "error" not in reply, reply
    assert reply["result"]["triage"] in {"urgent", "stop-and-book", "book", "self-manage"}


BOOK_TRIGGERS = {
    "pain 5": {"pain-level": 5},
    "had to stop, after a sudden onset": {"run-pattern": ["had-to-stop"], "onset": ["sudden"]},
    "sudden onset": {"onset": ["sudden"]},
    "clicking": {"mechanical": ["clicking"]},
    "locking": {"mechanical": ["locking"]},
    "giving way": {"mechanical": ["giving-way"]},
    "sore for hours, not back within a day": {"after-run": ["lasts-hours", "settles-quickly"]},
}


@pytest.mark.parametrize("trigger", BOOK_TRIGGERS.values(), ids=list(BOOK_TRIGGERS))
def test_each_book_rule_on_its_own_turns_self_care_into_book(engine, trigger):
    mild = {"location": ["outside"], "after-run": ["settles-quickly"], "pain-level": 2}
    assert engine.assess(mild)["triage"] == "self-manage"
    assert engine.assess({**mild, **trigger})["triage"] == "book"


@pytest.mark.parametrize("flag", STOP_FLAGS)
def test_stop_and_book_red_flags_beat_a_mild_pattern(engine, flag):
    mild = {"location": ["outside"], "after-run": ["settles-quickly"], "pain-level": 2}
    assert engine.assess({**mild, "red-flags": [flag]})["triage"] == "stop-and-book"


def test_empty_answers_give_a_valid_empty_result(engine):
    assert engine.assess({}) == {"triage": "book", "conditions": []}
