"""The one list of what data/ holds: each collection of pages and each single file, written once.

Loading, checking, the schemas, the browser editor's forms, `make new-*`,
`make retire-*`, the review report, the pages and every page address read
this list. Adding a collection (say, the clinic's team) is one entry here,
its model, its page template and its `make new-*` template.

Everything reads the list through :func:`all_collections` (and :func:`all_data_files`)
at the moment it needs it, never a copy taken at import, so one list is the rule.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from hipguide.data.models import Advice, Clinic, Condition, Exercise, Faq, SymptomChecker

DATA_DIR = "data"
# Hand-written guides in docs/guides/: pages a reference field may name, though not a collection.
GUIDES = "guides"
GUIDES_FOLDER = "docs/guides"


@dataclass(frozen=True)
class Collection:
    """One kind of page made from one YAML file each: data/<kind>/<id>.yml -> <page_folder>/<id>/."""

    kind: str  # its folder under data/, its key in SiteData.collections and in source files: 'faqs'
    name: str  # one of them in commands (make new-faq), schema (faq.schema.json), page kind (app_kind): 'faq'
    model: type[BaseModel]
    page_folder: str  # its pages' folder in the site: 'questions'
    noun: str  # what staff and runners call one, in messages: 'question'
    title_field: str  # the field that names one: 'question'
    description_field: str  # the field that becomes its page's meta description
    display_order: Callable[[BaseModel], tuple]  # sort key of its pages, lists and index
    page_template: str  # hipguide/site/pages/<page_template>
    link_help: str  # `make new-*`'s step that links the new page in ($id stands for its id)
    references: dict[str, str] = field(default_factory=dict)  # field -> the kind of page its ids name
    has_index_page: bool = False  # <page_folder>/index.md, by its builder in hipguide/site/pages/build_pages.py
    search_boost: float | None = None  # Material's per-page search boost (tuned by hipguide/measure/search_quality.py)

    @property
    def folder(self) -> str:
        """'data/faqs'"""
        return f"{DATA_DIR}/{self.kind}"

    @property
    def file_pattern(self) -> str:
        """'data/faqs/*.yml'"""
        return f"{self.folder}/*.yml"

    @property
    def plural(self) -> str:
        """'questions'"""
        return self.noun + "s"

    @property
    def a_noun(self) -> str:
        """'a question', 'an exercise'"""
        return f"{'an' if self.noun[:1] in 'aeiou' else 'a'} {self.noun}"

    @property
    def scaffold_template(self) -> str:
        """Its `make new-*` template in hipguide/cli/page_templates/."""
        return f"{self.name}.yml.tmpl"

    def source_file(self, item_id: str) -> str:
        """'data/faqs/<id>.yml'"""
        return f"{self.folder}/{item_id}.yml"

    def page_uri(self, item_id: str = "index") -> str:
        """Its page's path in the docs: 'questions/<id>.md' ('questions/index.md' for the index)."""
        return f"{self.page_folder}/{item_id}.md"


@dataclass(frozen=True)
class DataFile:
    """One single data file: data/<file>."""

    key: str  # its key in SiteData and in source files: 'symptom_checker'
    file: str  # its name in data/: 'symptom-checker.yml'
    model: type[BaseModel]
    cms_label: str  # its form's name in the browser editor

    @property
    def name(self) -> str:
        """Its schema's and editor form's name: 'symptom-checker'."""
        return self.file.removesuffix(".yml")

    @property
    def path(self) -> str:
        """'data/symptom-checker.yml'"""
        return f"{DATA_DIR}/{self.file}"


CONDITIONS = Collection(
    kind="conditions", name="condition", model=Condition, page_folder="conditions", noun="condition",
    title_field="name", description_field="summary", display_order=lambda c: (c.name.lower(),),
    page_template="condition_page.md.j2",
    link_help="Add its exercises (ids from data/exercises/) and questions (ids from data/faqs/), "
              "and its symptom_weights so the symptom checker can suggest it.",
    references={"exercises": "exercises", "faqs": "faqs"},
    has_index_page=True, search_boost=1.5,  # a condition page is what most symptom searches want
)
EXERCISES = Collection(
    kind="exercises", name="exercise", model=Exercise, page_folder="exercises", noun="exercise",
    title_field="name", description_field="summary", display_order=lambda e: (e.name.lower(),),
    page_template="exercise_page.md.j2",
    link_help="Link it: add $id to the `exercises:` list of each condition it helps (data/conditions/), "
              "and to the easier/harder lists of related exercises.",
    references={"easier": "exercises", "harder": "exercises"},
    has_index_page=True,
)
FAQS = Collection(
    kind="faqs", name="faq", model=Faq, page_folder="questions", noun="question",
    title_field="question", description_field="short_answer", display_order=lambda f: (f.order, f.id),
    page_template="faq_page.md.j2",
    link_help="Link it: add $id to the `faqs:` list of the conditions it answers (data/conditions/), if any.",
    references={"related_conditions": "conditions", "related_exercises": "exercises", "related_guides": GUIDES},
    has_index_page=True,
)
COLLECTIONS: tuple[Collection, ...] = (CONDITIONS, EXERCISES, FAQS)

CLINIC = DataFile("clinic", "clinic.yml", Clinic, "Clinic details (phone, address, opening hours)")
ADVICE = DataFile("advice", "advice.yml", Advice, "Advice shown on many pages")
SYMPTOM_CHECKER = DataFile("symptom_checker", "symptom-checker.yml", SymptomChecker, "Symptom checker wording")
DATA_FILES: tuple[DataFile, ...] = (CLINIC, ADVICE, SYMPTOM_CHECKER)


def all_collections() -> tuple[Collection, ...]:
    """Every collection, in the order pages, schemas and editor forms list them."""
    return COLLECTIONS


def all_data_files() -> tuple[DataFile, ...]:
    """Every single data file."""
    return DATA_FILES


def collection(kind: str) -> Collection:
    """The collection in data/<kind>/."""
    return next(c for c in all_collections() if c.kind == kind)


def collection_named(name: str) -> Collection:
    """The collection whose one page is called ``name`` in commands: 'faq' -> the questions."""
    return next(c for c in all_collections() if c.name == name)


def reference_fields() -> dict[tuple[str, str], str]:
    """(kind, field) -> the kind of page its ids name: for checks, the editor's choices, schemas, `make retire-*`."""
    return {(c.kind, f): target for c in all_collections() for f, target in c.references.items()}


def references_in(kind: str) -> dict[str, str]:
    """Field -> kind of page it names, for one collection ({} for a single file)."""
    return next((dict(c.references) for c in all_collections() if c.kind == kind), {})


def guide_ids(root: Path) -> list[str]:
    """The hand-written guides' ids (file names in docs/guides/ but its index), for reference fields."""
    folder = root / GUIDES_FOLDER
    return sorted(p.stem for p in folder.glob("*.md") if p.stem != "index") if folder.is_dir() else []


def page_url(kind: str, item_id: str, use_directory_urls: bool = True) -> str:
    """A page's address relative to the site root, as MkDocs writes it: 'exercises/squat/' or 'exercises/squat.html'."""
    folder = collection(kind).page_folder
    return f"{folder}/{item_id}/" if use_directory_urls else f"{folder}/{item_id}.html"
