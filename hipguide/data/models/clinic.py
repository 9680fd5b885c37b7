"""The clinic's contact details: the only place they are written."""
from __future__ import annotations

import re
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, Field, model_validator

from hipguide.data import phone_numbers
from hipguide.data.models.fields import DataModel, EditorHints, HttpsUrl, Name, ShortText, Text

Day = Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _au_phone(value: str) -> str:
    digits = re.sub(r"[ ()-]", "", value)
    ok = (re.fullmatch(r"\d{8}", digits) or re.fullmatch(r"0[2-478]\d{8}", digits)
          or re.fullmatch(r"1[38]00\d{6}", digits) or re.fullmatch(r"13\d{4}", digits)
          or re.fullmatch(r"\+61[2-478]\d{8}", digits) or re.fullmatch(r"000", digits))
    if not ok:
        raise ValueError("must be an Australian phone number: digits and spaces only, "
                         "like '9000 0000', '03 9000 0000' or '1800 000 000'")
    return value


# For the editor only: digits, spaces, brackets and hyphens. The build checks the exact forms above.
AuPhone = Annotated[str, AfterValidator(_au_phone),
                    EditorHints(pattern=r"^\+?[0-9][0-9 ()-]{1,16}[0-9]$",
                                patternErrorMessage="An Australian phone number, like '9000 0000', '03 9000 0000' or '1800 000 000'.")]

EMAIL_PATTERN = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"


def _email(value: str) -> str:
    if not re.fullmatch(EMAIL_PATTERN, value):
        raise ValueError("must be an email address like admin@clinic.com.au")
    return value


Email = Annotated[str, AfterValidator(_email),
                  EditorHints(pattern=f"^{EMAIL_PATTERN}$", patternErrorMessage="An email address like admin@clinic.com.au.")]
Time = Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="24-hour time, like 07:30"),
                 EditorHints(patternErrorMessage="A 24-hour time in double quotes, like \"07:30\".")]


class Address(DataModel):
    """Where the clinic is; shown on the contact page and in search-engine data."""

    street: ShortText = Field(description="Street number and name.", examples=["12 Example Street"])
    suburb: Name = Field(description="Suburb or town.", examples=["Melbourne"])
    state: Literal["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"] = Field(
        description="State or territory, as its short form in capitals.", examples=["VIC"])
    postcode: Annotated[str, Field(pattern=r"^\d{4}$", description="Four digits"),
                        EditorHints(patternErrorMessage="Four digits in double quotes, like \"3000\".")] = Field(
        description="Four digits, in double quotes so a leading 0 is kept.", examples=["3000"])


class OpeningHours(DataModel):
    """One row of opening hours: the days that share the same times."""

    days: list[Day] = Field(min_length=1, description="Days with these hours, each written in full.",
                            examples=[["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]])
    opens: Time = Field(description="Opening time, 24-hour, in double quotes.", examples=["07:00"])
    closes: Time = Field(description="Closing time, 24-hour, in double quotes.", examples=["19:00"])


class Emergency(DataModel):
    """Numbers shown where the site tells a runner to get urgent help."""

    number: Literal["000"] = Field(description="Australia's emergency number (always \"000\", in double quotes).", examples=["000"])
    healthdirect: AuPhone = Field(description="healthdirect's free 24-hour health advice line.", examples=["1800 000 000"])


class Physio(DataModel):
    """One of the clinic's physios, shown on the home page only when the clinic lists them."""

    name: Name = Field(description="Full name as patients know them.", examples=["Alex Example"])
    role: ShortText = Field(description="Their role or special interest.", examples=["Running physiotherapist"])
    registration: Annotated[str, Field(pattern=r"^PHY\d{10}$"),
                            EditorHints(patternErrorMessage="An Ahpra registration number, like PHY0001234567.")] | None = Field(
        default=None, description="Ahpra registration number (PHY and 10 digits), shown so runners can check it.",
        examples=["PHY0001234567"])


PlaceholderField = Literal["booking_url", "address", "opening_hours", "directions_url", "area_code"]


class Clinic(DataModel):
    """The clinic's contact details. This is the only file that holds them: every page, button and
    search-engine tag reads them from here (header, footer, booking blocks and JSON-LD)."""

    name: Name = Field(description="The clinic's name as patients know it.", examples=["Thrive Physio Plus"])
    phone: AuPhone = Field(description="The main phone number, in double quotes, written as people dial it.",
                           examples=["9000 0000", "03 9000 0000"])
    area_code: Literal["02", "03", "07", "08"] | None = Field(
        default=None, description="The area code of an 8-digit phone number, in double quotes. Calls from mobiles "
        "and from other areas need it: every Call link and shown number includes it.", examples=["03"])
    email: Email = Field(description="The address patients write to.", examples=["reception@clinic.example"])
    booking_url: HttpsUrl = Field(description="The clinic's online booking page (while it is a made-up one, keep "
                                              "booking_url in placeholders).",
                                  examples=["https://booking.example/thrive-physio-plus"])
    directions_url: HttpsUrl = Field(description="A maps link with directions to the clinic's front door "
                                                 "(a link, not an embed).",
                                     examples=["https://maps.example/thrive-physio-plus"])
    address: Address = Field(description="Street address: street, suburb, state and postcode.")
    opening_hours: list[OpeningHours] = Field(min_length=1, description="One item per group of days with the same hours.")
    emergency: Emergency = Field(description="Emergency and after-hours numbers.")
    physios: list[Physio] = Field(default_factory=list, description="The clinic's physios, with their registration. "
                                  "Shown on the home page when filled in; leave it out until the clinic provides it.")
    about: Text | None = Field(default=None, description="One or two sentences about the clinic, in its own words, "
                               "shown on the home page when filled in.",
                               examples=["A team of running physios who treat runners of every level."])
    placeholders: list[PlaceholderField] = Field(
        default_factory=list,
        description="Fields that still hold a made-up value. Every build warns while any is listed, and "
                    "`make release-check` (run before publishing) fails: put in the real value, then remove its name here.",
        examples=[["booking_url", "address"]])

    @model_validator(mode="after")
    def _dialable_from_anywhere(self):
        local = len(phone_numbers.digits(self.phone)) == 8
        if local and self.area_code is None:
            raise ValueError("phone: an 8-digit number needs its area code: add area_code (\"02\", \"03\", \"07\" or \"08\")")
        if not local and self.area_code is not None:
            raise ValueError("area_code: the phone number already has its area code; remove area_code")
        return self

    # What templates read besides the fields: page templates get this model, theme templates and
    # macros a dict (hipguide/site/template_context.py) that copies these, so each link is built here only.
    LINKS: ClassVar[tuple[str, ...]] = ("phone_display", "phone_href", "email_href", "healthdirect_href", "emergency_href")

    # Every tel: link and shown number comes from hipguide/data/phone_numbers.py, through these.
    @property
    def phone_href(self) -> str:
        return phone_numbers.tel_href(self.phone, self.area_code)

    @property
    def phone_display(self) -> str:
        return phone_numbers.shown(self.phone, self.area_code)

    @property
    def phone_international(self) -> str:
        return phone_numbers.international(self.phone, self.area_code)

    @property
    def healthdirect_href(self) -> str:
        return phone_numbers.tel_href(self.emergency.healthdirect)

    @property
    def emergency_href(self) -> str:
        return phone_numbers.tel_href(self.emergency.number)

    @property
    def email_href(self) -> str:
        return f"mailto:{self.email}"
