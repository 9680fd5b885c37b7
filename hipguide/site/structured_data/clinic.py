"""The clinic as a schema.org Physiotherapy business (a MedicalBusiness)."""
from __future__ import annotations

from hipguide.data.models import Clinic
from hipguide.site.structured_data.page_context import SiteInfo

SCHEMA = "https://schema.org/"


def physiotherapy(clinic: Clinic, site: SiteInfo) -> dict:
    """Name, address, telephone, url, opening hours and booking link of the clinic."""
    a = clinic.address
    return {
        "@context": "https://schema.org",
        "@type": "Physiotherapy",
        "@id": site.clinic_id,
        "name": clinic.name,
        "url": site.url,
        "image": site.image_url,
        "telephone": clinic.phone_international,
        "email": clinic.email,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": a.street,
            "addressLocality": a.suburb,
            "addressRegion": a.state,
            "postalCode": a.postcode,
            "addressCountry": "AU",
        },
        "hasMap": clinic.directions_url,
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [SCHEMA + day for day in hours.days],
                "opens": hours.opens,
                "closes": hours.closes,
            }
            for hours in clinic.opening_hours
        ],
        "potentialAction": {"@type": "ReserveAction", "target": clinic.booking_url, "name": "Book online"},
    }


def clinic_reference(clinic: Clinic, site: SiteInfo) -> dict:
    """A short pointer to the clinic node (same @id) for publisher and reviewer fields."""
    return {"@type": "Physiotherapy", "@id": site.clinic_id, "name": clinic.name, "url": site.url}


def reviewer(reviewed_by: str, clinic: Clinic, site: SiteInfo) -> dict:
    """'Jane Citizen, physiotherapist, AHPRA PHY0001234567': a Person with name, job title and registration."""
    name, profession, registration = (part.strip() for part in reviewed_by.split(",", 2))
    return {"@type": "Person", "name": name, "jobTitle": profession,
            "identifier": {"@type": "PropertyValue", "propertyID": "AHPRA", "value": registration.removeprefix("AHPRA ").strip()},
            "worksFor": clinic_reference(clinic, site)}
