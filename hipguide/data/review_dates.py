"""Clinical review dates of every page: which are overdue, and the table `make review-report` prints."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hipguide.data.collections import all_collections
from hipguide.data.site_data import SiteData

DUE_SOON_DAYS = 60  # the report flags reviews due within this many days


@dataclass(frozen=True)
class ReviewRow:
    """One reviewed page: what it is, where it comes from, and its two dates."""

    kind: str  # what the page is about, in words: condition, exercise, question
    title: str
    file: str
    last_reviewed: dt.date
    next_review: dt.date

    def status(self, today: dt.date) -> str:
        """'overdue by N days', 'due in N days' (within DUE_SOON_DAYS), or ''."""
        days = (self.next_review - today).days
        if days < 0:
            return f"OVERDUE by {-days} day{'s' if days != -1 else ''}"
        if days == 0:
            return "due today"
        if days <= DUE_SOON_DAYS:
            return f"due in {days} day{'s' if days != 1 else ''}"
        return ""


def _pages(data: SiteData):
    """(what it is, title, file, model) of every page that can carry a clinical review."""
    for collection in all_collections():
        if "reviewed_by" not in collection.model.model_fields:
            continue
        for item_id, item in data.collections[collection.kind].items():
            file = data.source_files.get((collection.kind, item_id), collection.source_file(item_id))
            yield collection.noun, getattr(item, collection.title_field), file, item


def review_rows(data: SiteData) -> list[ReviewRow]:
    """Every clinically reviewed condition, exercise and question page, soonest next_review first."""
    rows = [ReviewRow(kind, title, file, item.last_reviewed, item.next_review)
            for kind, title, file, item in _pages(data) if item.is_reviewed]
    return sorted(rows, key=lambda r: (r.next_review, r.file))


def awaiting_review(data: SiteData) -> list[tuple[str, str, str]]:
    """(kind, title, file) of every page with no clinical review yet, by file."""
    return sorted(((kind, title, file) for kind, title, file, item in _pages(data) if not item.is_reviewed),
                  key=lambda row: row[2])


def awaiting_review_block(data: SiteData) -> str:
    """One short block for the build log: how many pages await a first review, and their files."""
    waiting = awaiting_review(data)
    if not waiting:
        return ""
    files = ", ".join(file.removeprefix("data/").removesuffix(".yml") for _, _, file in waiting)
    return (f"{len(waiting)} pages are not yet clinically reviewed (they say so on the page): {files}. "
            "After a real review, add reviewed_by, last_reviewed and next_review (see EDITING.md).")


def overdue_review_warnings(data: SiteData, today: dt.date | None = None) -> list[str]:
    """One line per page whose next_review has passed, oldest first."""
    today = today or dt.date.today()
    return [f"{row.file}: next_review {row.next_review.isoformat()} has passed ({row.status(today)}). "
            "Have the page reviewed, then update last_reviewed and next_review."
            for row in review_rows(data) if row.next_review < today]


def review_table(data: SiteData, today: dt.date | None = None) -> str:
    """A plain-text table of every page's review dates, soonest first, with a summary line."""
    today = today or dt.date.today()
    rows = review_rows(data)
    header = ("next review", "last reviewed", "status", "page", "file")
    body = [(r.next_review.isoformat(), r.last_reviewed.isoformat(), r.status(today), f"{r.kind}: {r.title}", r.file)
            for r in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]

    def fmt(line) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()

    overdue = sum(1 for r in rows if r.next_review < today)
    soon = sum(1 for r in rows if 0 <= (r.next_review - today).days <= DUE_SOON_DAYS)
    lines = [fmt(header), fmt(["-" * w for w in widths]), *(fmt(line) for line in body), "",
             f"{len(rows)} reviewed pages on {today.isoformat()}: {overdue} overdue, {soon} due within {DUE_SOON_DAYS} days."]
    waiting = awaiting_review(data)
    if waiting:
        lines += ["", f"Not yet clinically reviewed ({len(waiting)} pages):",
                  *(f"  {kind}: {title}  ({file})" for kind, title, file in waiting)]
    return "\n".join(lines)
