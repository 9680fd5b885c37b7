"""Draw the link-preview picture, docs/assets/brand/og-image.png (1200 x 630).

Run it again after the site or clinic name changes: `make share-picture`.
`--check` exits 1 if the committed picture is missing or not what this script
draws now (compares pixels, so a different Pillow build does not matter).
Needs Pillow (requirements-test.txt) and the DejaVu fonts (Debian fonts-dejavu-core).
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml
from PIL import Image, ImageChops, ImageDraw, ImageFont

from hipguide.data.load import load_site_data
from hipguide.site import share_image

ROOT = Path(__file__).resolve().parents[2]  # the project this package is installed from (editable)

OUT = ROOT / "docs" / share_image.PATH
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
INDIGO = (64, 81, 181)  # Material's indigo, the site's primary colour
DEEP = (48, 63, 159)
WHITE = (255, 255, 255)
PALE = (197, 202, 233)
TAGLINE = "A running physio's guide: the causes, the exercises and when to get help"


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name tags; only plain keys are read here."""


_IgnoreTags.add_multi_constructor("", lambda loader, suffix, node: None)


def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width:
            line = trial
        else:
            lines.append(line)
            line = word
    return [*lines, line]


def draw(site_name: str, clinic_name: str) -> Image.Image:
    """The picture: site name, tagline and clinic name on the site's indigo, with a hip-joint motif."""
    w, h = share_image.WIDTH, share_image.HEIGHT
    img = Image.new("RGB", (w, h), INDIGO)
    d = ImageDraw.Draw(img)
    # Motif on the right: a ball-and-socket joint (the hip) drawn with circles.
    cx, cy = 950, 290
    d.ellipse((cx - 250, cy - 250, cx + 250, cy + 250), fill=DEEP)
    d.arc((cx - 150, cy - 150, cx + 150, cy + 150), start=200, end=340, fill=PALE, width=26)
    d.ellipse((cx - 95, cy - 95, cx + 95, cy + 95), fill=WHITE)  # head of the thigh bone
    d.line((cx, cy, cx + 120, cy + 120), fill=WHITE, width=80)  # its neck
    d.ellipse((cx + 105, cy + 30, cx + 195, cy + 120), fill=WHITE)  # the bony point at the side
    d.line((cx + 140, cy + 100, cx + 170, h + 20), fill=WHITE, width=95)  # the shaft
    # Text on the left.
    x, y = 80, 110
    title = _font(True, 84)
    for line in _wrap(d, site_name, title, 660):
        d.text((x, y), line, font=title, fill=WHITE)
        y += 100
    y += 20
    body = _font(False, 36)
    for line in _wrap(d, TAGLINE, body, 620):
        d.text((x, y), line, font=body, fill=PALE)
        y += 48
    d.rectangle((x, 500, x + 90, 508), fill=WHITE)
    d.text((x, 525), clinic_name, font=_font(True, 40), fill=WHITE)
    return img


def main(argv: list[str]) -> int:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)
    img = draw(config["site_name"], load_site_data(ROOT).clinic.name)
    if "--check" in argv:
        if not OUT.is_file():
            print(f"{OUT.relative_to(ROOT)} is missing: run scripts/make_og_image.py", file=sys.stderr)
            return 1
        with Image.open(OUT) as old:
            same = old.size == img.size and ImageChops.difference(old.convert("RGB"), img).getbbox() is None
        if not same:
            print(f"{OUT.relative_to(ROOT)} is out of date: run scripts/make_og_image.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    img.save(OUT, optimize=True)
    print(f"Wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
