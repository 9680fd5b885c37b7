"""Australian phone numbers: the one place tel: links and shown forms are made.

A tel: link must connect from any phone, anywhere: geographic and mobile
numbers go international (+61, the leading 0 of the area code dropped).
000, 1800, 1300 and 13 numbers have no area code, are dialled the same way
from every Australian phone and are not reliably reachable as +61, so their
links keep the national digits.
"""
from __future__ import annotations

import re

NATIONAL_ONLY = re.compile(r"000|1[38]00\d{6}|13\d{4}")


def digits(number: str) -> str:
    return re.sub(r"[^\d+]", "", number)


def national(number: str, area_code: str | None = None) -> str:
    """The number as dialled inside Australia, area code included: '0390000000'."""
    d = digits(number)
    if d.startswith("+61"):
        return "0" + d[3:]
    if len(d) == 8 and area_code:
        return area_code + d
    return d


def tel_href(number: str, area_code: str | None = None) -> str:
    """'tel:+61390000000' (or 'tel:000', 'tel:1800022222'). An 8-digit number needs its area code."""
    n = national(number, area_code)
    if NATIONAL_ONLY.fullmatch(n):
        return "tel:" + n
    if not re.fullmatch(r"0[2-478]\d{8}", n):
        raise ValueError(f"{number!r}: no area code, so no tel: link can be made that connects from every phone")
    return "tel:+61" + n[1:]


def shown(number: str, area_code: str | None = None) -> str:
    """The local written form: '03 9000 0000', '0412 345 678', '1800 022 222'."""
    n = national(number, area_code)
    if re.fullmatch(r"04\d{8}", n):
        return f"{n[:4]} {n[4:7]} {n[7:]}"
    if re.fullmatch(r"0[2378]\d{8}", n):
        return f"{n[:2]} {n[2:6]} {n[6:]}"
    if re.fullmatch(r"1[38]00\d{6}", n):
        return f"{n[:4]} {n[4:7]} {n[7:]}"
    return number


def international(number: str, area_code: str | None = None) -> str:
    """'+61 3 9000 0000' for search-engine data (schema.org telephone)."""
    href = tel_href(number, area_code)[4:]
    if not href.startswith("+61"):
        return shown(number, area_code)
    rest = href[3:]
    if rest.startswith("4"):
        return f"+61 {rest[:3]} {rest[3:6]} {rest[6:]}"
    return f"+61 {rest[0]} {rest[1:5]} {rest[5:]}"
