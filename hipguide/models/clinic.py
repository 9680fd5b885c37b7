"""The clinic's contact details: the only place they are written."""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from .fields import DataModel, HttpsUrl, Name, Text, ShortText, text

Day = Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _au_phone(value: str) -> str:
    digits = re.sub(r"[ ()-]", "", value)
    ok = (re.fullmatch(r"\d{8}", digits) or re.fullmatch(r"0[2-478]\d{8}", digits)
          or re.fullmatch(r"1[38]00\d{6}", digits) or re.fullmatch(r"13\d{4}", digits)
          or re.fullmatch(r"\+61[2-478]\d{8}", digits) or re.fullmatch(r"000", digits))
    if not ok:
        raise ValueError("must be an Australian phone number: digits and spaces only, "
                         "like '8490 0777', '03 8490 0777' or '1800 022 222'")
    return value


AuPhone = Annotated[str, AfterValidator(_au_phone)]


def _email(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", value):
        raise ValueError("must be an email address like admin@clinic.com.au")
    return value


Email = Annotated[str, AfterValidator(_email)]
Time = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="24-hour time, like 07:30")]


class Address(DataModel):
    street: ShortText
    suburb: Name
    state: Literal["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"]
    postcode: Annotated[str, Field(pattern=r"^\d{4}$", description="Four digits")]


class OpeningHours(DataModel):
    days: list[Day] = Field(min_length=1)
    opens: Time
    closes: Time


class Emergency(DataModel):
    number: Literal["000"] = Field(description="Australia's emergency number.")
    healthdirect: AuPhone = Field(description="healthdirect's free 24-hour health advice line.")


PlaceholderField = Literal["booking_url", "address", "opening_hours", "directions_url"]


class Clinic(DataModel):
    """Contact details shown in the header, footer, booking blocks and JSON-LD."""

    name: Name
    phone: AuPhone
    email: Email
    booking_url: HttpsUrl = Field(description="The clinic's online booking page.")
    directions_url: HttpsUrl = Field(description="A maps link with directions to the clinic (a link, not an embed).")
    address: Address
    opening_hours: list[OpeningHours] = Field(min_length=1)
    emergency: Emergency
    placeholders: list[PlaceholderField] = Field(
        default_factory=list,
        description="Fields still holding a made-up value; the build warns about each until it is removed from this list.")

    @property
    def phone_href(self) -> str:
        """The number for a tel: link (digits only)."""
        return "tel:" + re.sub(r"[^\d+]", "", self.phone)
