"""Whatever staff type, the loader answers with data errors, never a Python traceback."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hipguide.data.errors import DataErrors
from hipguide.data.messages import validate_document
from hipguide.data.models import Condition, Exercise, Faq
from hipguide.data.yaml_lint import lint_text, load_lint_config
from hipguide.data.yaml_source import parse_yaml
from support.project import ROOT

SAMPLES = [
    (ROOT / "data" / "conditions" / "gluteal-tendinopathy.yml", Condition),
    (ROOT / "data" / "exercises" / "side-plank.yml", Exercise),
    (ROOT / "data" / "faqs" / "run-with-hip-pain.yml", Faq),
]
# The characters that change what YAML means, plus ordinary and non-English text.
ALPHABET = st.sampled_from(list(":-#'\"[]{}!&*|>%@`,?\t\n  ") + list("abcyesno0123456789") + ["é", "’", "\u00a0", "\ufeff"])
LINT = load_lint_config(ROOT)


def _load(text: str, model) -> None:
    doc = parse_yaml(text, "data/x.yml")
    lint_text(text, "data/x.yml", LINT, doc.field_at)
    validate_document(model, doc, [])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sample=st.sampled_from(SAMPLES), where=st.floats(0, 1), cut=st.integers(0, 40),
       insert=st.text(ALPHABET, max_size=30))
def test_any_edit_gives_data_errors_or_data(sample, where, cut, insert):
    path, model = sample
    text = path.read_text(encoding="utf-8")
    at = int(where * len(text))
    edited = text[:at] + insert + text[at + cut:]
    try:
        _load(edited, model)
    except DataErrors as exc:
        for error in exc.errors:
            assert error.file == "data/x.yml" and error.line >= 1 and error.message
