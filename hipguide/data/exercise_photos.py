"""The clinic's own exercise photos: docs/assets/exercise-photos/<file>, named in an exercise's `photo:`.

A photo is shown in place of the exercise's drawing. It is checked when the
data loads: the file must exist in the project being built and be a PNG or
JPEG whose size can be read (the page reserves its space before it loads).
"""
from __future__ import annotations

from pathlib import Path

from hipguide.data.collections import EXERCISES
from hipguide.data.errors import DataError
from hipguide.data.exercise_diagrams import Diagram
from hipguide.data.image_size import image_size
from hipguide.data.yaml_source import YamlDocument

PHOTOS_URI = "assets/exercise-photos"  # relative to docs/ and to the site root


def load_photos(root: Path, exercises: dict, docs: dict, errors: list[DataError]) -> dict[str, Diagram]:
    """Each exercise's photo, by exercise id; an error for a missing or unreadable file."""
    photos: dict[str, Diagram] = {}
    for exercise_id, e in exercises.items():
        if e.photo is None:
            continue
        doc: YamlDocument = docs[(EXERCISES.kind, exercise_id)]
        path = root / "docs" / PHOTOS_URI / e.photo.src
        where = (doc.rel, doc.line_of(("photo", "src")), "photo.src")
        if not path.is_file():
            errors.append(DataError(*where, f"there is no file '{e.photo.src}' in docs/{PHOTOS_URI}/. "
                                            "Put the photo there, or correct the file name."))
            continue
        size = image_size(path)
        if size is None:
            errors.append(DataError(*where, f"'{e.photo.src}' is not a PNG or JPEG picture that can be read. "
                                            "Save it again as .jpg or .png."))
            continue
        photos[exercise_id] = Diagram(f"{PHOTOS_URI}/{e.photo.src}", e.photo.alt, size[0], size[1], kind="photo")
    return photos
