"""A hand-written page's front-matter description may name clinic details as ``{{ clinic.name }}``.

The clinic's name then lives only in data/clinic.yml, as on the rest of the page. The
description is plain text here (the SEO templates escape it where it lands); an unknown
name stops the build, naming the page.
"""
from __future__ import annotations

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)


class DescriptionError(ValueError):
    """The description names a clinic detail that does not exist, or is not a template."""


def filled_description(description: str, clinic: dict) -> str:
    """``description`` with its ``{{ clinic.x }}`` names replaced by the clinic's details."""
    if "{" not in description:
        return description
    try:
        return _ENV.from_string(description).render(clinic=clinic)
    except TemplateError as exc:
        fields = ", ".join(sorted(k for k, v in clinic.items() if isinstance(v, str)))
        raise DescriptionError(f"description: {exc.message}. Clinic details it may name: {fields}.") from None
