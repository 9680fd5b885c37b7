"""Turn pydantic's validation errors into sentences staff can act on."""
from __future__ import annotations

import difflib
import re
import typing

from pydantic import BaseModel, ValidationError

from hipguide.data.errors import MAX_REPORTED, DataError, more_problems
from hipguide.data.yaml_source import YamlDocument, field_name


def did_you_mean(value: object, allowed: typing.Iterable[str]) -> str:
    """' (did you mean 'x'?)' when a close match exists, else ''."""
    match = difflib.get_close_matches(str(value), list(allowed), n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


def _allowed_fields(model: type[BaseModel], loc: tuple) -> list[str]:
    """Field names allowed at ``loc`` (the parent of an unknown key)."""
    current: typing.Any = model
    for part in loc:
        if isinstance(part, int) or current is None:
            current = _unwrap(current, list_item=True) if current is not None else None
            continue
        if isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = _unwrap(current.model_fields[part].annotation)
        else:
            current = _unwrap(current, dict_value=True)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(tp, list_item=False, dict_value=False):
    origin = typing.get_origin(tp)
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)) and args:
        return _unwrap(args[0], list_item, dict_value)
    if origin is typing.Annotated:
        return _unwrap(args[0], list_item, dict_value)
    if list_item and origin is list:
        return _unwrap(args[0])
    if dict_value and origin is dict:
        return _unwrap(args[1])
    return tp


_TYPE_WORDS = {
    "string_type": "must be text. Put it in double quotes if it looks like a number, a date or true/false",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number (no decimal point)",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "list_type": "must be a list: one item per line, each starting with '- '",
    "dict_type": "must be a group of fields, each on its own indented line",
    "model_type": "must be a group of fields, each on its own indented line",
    "missing": "is required but missing",
}


def _message(err: dict, model: type[BaseModel]) -> str:
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    loc = tuple(err["loc"])
    if kind == "extra_forbidden":
        allowed = _allowed_fields(model, loc[:-1])
        hint = did_you_mean(loc[-1], allowed)
        return f"unknown field '{loc[-1]}'{hint}. Allowed here: {', '.join(allowed)}." if allowed else f"unknown field '{loc[-1]}'."
    if kind == "literal_error":
        allowed = re.findall(r"'([^']*)'", ctx.get("expected", ""))
        if value in ("", None):
            return f"is empty. Allowed: {', '.join(allowed)}."
        return f"'{value}' is not allowed{did_you_mean(value, allowed)}. Allowed: {', '.join(allowed)}."
    if kind == "string_pattern_mismatch":
        pattern = ctx.get("pattern", "")
        if "a-z0-9" in pattern:
            return (f"'{value}' is not a valid id: use lower-case letters, digits and single hyphens, "
                    "like 'side-plank'.")
        if "[01]" in pattern:
            return f"'{value}' is not a time: write it 24-hour, like 07:30." + dash_hint(value)
        form = _field_description(model, loc)
        return f"'{value}' is not in the expected form{': ' + form.rstrip('.') if form else ''}." + dash_hint(value)
    if kind == "string_too_short":
        n = ctx.get("min_length", 1)
        return "must not be empty." if n <= 1 else f"is {len(str(value))} characters; it must be at least {n}."
    if kind == "string_too_long":
        return f"is {len(str(value))} characters; it can be at most {ctx.get('max_length')}. Shorten it."
    if kind == "too_short":
        n = ctx.get("min_length", 1)
        return f"needs at least {n} item{'s' if n != 1 else ''}."
    if kind == "too_long":
        return f"can have at most {ctx.get('max_length')} items."
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bounds = {**_field_bounds(model, loc), **{k: v for k, v in ctx.items() if k in ("ge", "le", "gt", "lt")}}
        return f"{shown(value)} is out of range ({_allowed_range(bounds)})."
    if kind == "value_error":
        return str(err["msg"]).removeprefix("Value error, ").rstrip(".") + "."
    if kind == "list_type" and isinstance(value, str) and value.startswith("-"):
        return f"must be a list: put a space after each '-' that starts an item (found {shown(value)})."
    if kind == "string_type" and isinstance(value, dict) and len(value) == 1:
        inner = next(iter(value))
        return (f"must be text, but '{inner}:' followed by a space reads as a field name. "
                "Put the whole text in double quotes, or write the colon without a space after it.")
    if kind in _TYPE_WORDS:
        got = "" if kind == "missing" else f" (found {shown(value)})"
        return _TYPE_WORDS[kind] + got + "."
    return str(err["msg"]) + "."


_TYPE_TAG = re.compile(r"[\w-]+\[.*\]|int|str|bool|float|none|function-[\w-]+")


def shown(value) -> str:
    """A value as staff wrote it, for a message: never a Python repr."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value:g}" if isinstance(value, float) else f"the number {value}"
    if isinstance(value, dict):
        return "a group of fields" if len(value) != 1 else f"the field '{next(iter(value))}:'"
    if isinstance(value, list):
        return f"a list of {len(value)} item{'s' if len(value) != 1 else ''}"
    text = str(value)
    return "'" + (text if len(text) <= 60 else text[:57] + "...") + "'"


_DASHES = {"\u2013": "an en dash", "\u2014": "an em dash", "\u2212": "a minus sign", "\u2010": "a Unicode hyphen",
           "\u2011": "a non-breaking hyphen"}


def dash_hint(value) -> str:
    """Word processors turn '-' into look-alike dashes: say so, since they look the same."""
    found = [f"'{ch}' is {name}, not a hyphen" for ch, name in _DASHES.items() if ch in str(value)]
    return f" Note: {'; '.join(found)}: type the ordinary '-' key." if found else ""


def _model_field(model: type[BaseModel], loc: tuple):
    """The pydantic field at ``loc`` (list positions skipped), or None where ``loc`` leads nowhere."""
    current: typing.Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        if isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = _unwrap(current.model_fields[part].annotation)
        else:
            return None
    if isinstance(current, type) and issubclass(current, BaseModel) and loc and loc[-1] in current.model_fields:
        return current.model_fields[loc[-1]]
    return None


def _field_description(model: type[BaseModel], loc: tuple) -> str:
    """The description of the field at ``loc``, which says what form it takes."""
    field = _model_field(model, loc)
    return (field.description or "") if field else ""


def _field_bounds(model: type[BaseModel], loc: tuple) -> dict:
    """Both limits of a number field (pydantic reports only the one that was crossed)."""
    field = _model_field(model, loc)
    if field is None:
        return {}
    bounds = {}
    for meta in field.metadata:
        for key in ("ge", "le", "gt", "lt"):
            if getattr(meta, key, None) is not None:
                bounds[key] = getattr(meta, key)
    return bounds


def _allowed_range(bounds: dict) -> str:
    """The limits of a number field, in words: 'allowed: 1 to 6'."""
    lo, hi = bounds.get("ge"), bounds.get("le")
    if lo is not None and hi is not None:
        return f"allowed: {lo} to {hi}"
    if lo is not None:
        return f"allowed: {lo} or more"
    if hi is not None:
        return f"allowed: {hi} or less"
    return ", ".join(f"{k} {v}" for k, v in bounds.items())


def _data_path(loc: tuple, data) -> tuple:
    """``loc`` without the type names that Union/Annotated wrappers add ('int', 'function-after[...]').

    A part that is a key (or index) of the data at that point is kept even when it looks like a
    type name: staff may write a field called 'none' or 'str', and the message must name it.
    Whole names only: a field such as 'strength' is never taken for the type 'str'.
    """
    kept, node = [], data
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        elif isinstance(part, str) and _TYPE_TAG.fullmatch(part):
            continue
        else:
            node = None
        kept.append(part)
    return tuple(kept)


def validate_document(model: type[BaseModel], doc: YamlDocument, errors: list[DataError]):
    """Validate ``doc`` into ``model``; append every problem to ``errors``; None on failure."""
    if not isinstance(doc.data, dict):
        errors.append(DataError(doc.rel, 1, "", "this file must be a list of 'field: value' lines, not a single value or a list."))
        return None
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        problems = exc.errors(include_url=False)
        for err in problems[:MAX_REPORTED]:
            loc = _data_path(tuple(err["loc"]), doc.data)
            errors.append(DataError(doc.rel, doc.line_of(loc), field_name(loc), _message({**err, "loc": loc}, model)))
        if len(problems) > MAX_REPORTED:
            errors.append(more_problems(doc.rel, max(e.line for e in errors if e.file == doc.rel), "",
                                        len(problems) - MAX_REPORTED))
        return None
