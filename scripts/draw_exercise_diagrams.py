#!/usr/bin/env python3
"""Draw the exercise diagrams: docs/assets/exercise-diagrams/<id>.svg.

Each diagram is two stick-figure panels, the start position and the position
moved into, with an arrow for the movement. Poses are joint coordinates below;
edit a pose, run this script, and look at the result in a browser.

    python3 scripts/draw_exercise_diagrams.py          # write the SVG files
    python3 scripts/draw_exercise_diagrams.py --check  # exit 1 if a file is stale

The SVGs use presentation attributes only (no <style>, no script, no external
reference), so they pass a strict Content-Security-Policy as images.
"""
from __future__ import annotations

import argparse
import math
import sys
from html import escape
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "assets" / "exercise-diagrams"
W, H, FLOOR = 480, 200, 180
INK, FAR, MOVE, ARROW, PROP = "#1f2a44", "#9aa3b5", "#3949ab", "#c2410c", "#6b7280"
THIGH, SHIN, TORSO, UPPER_ARM, FOREARM, FOOT = 42, 40, 50, 28, 26, 13


def at(p, length, degrees):
    """The point `length` from p at an angle (0 = right, 90 = down, -90 = up)."""
    a = math.radians(degrees)
    return (p[0] + length * math.cos(a), p[1] + length * math.sin(a))


def knee(hip, ankle, bend=1, l1=THIGH, l2=SHIN):
    """Where the middle joint goes between two ends: bend=1 puts it to the left of the line from the first
    end to the second (a knee forwards when the leg points down, up when it points right), -1 to the right."""
    dx, dy = ankle[0] - hip[0], ankle[1] - hip[1]
    d = min(math.hypot(dx, dy), l1 + l2 - 0.01)
    a = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - a * a, 0))
    mx, my = hip[0] + a * dx / d, hip[1] + a * dy / d
    return (mx + bend * h * dy / d, my - bend * h * dx / d)


def line(points, colour=INK, width=6):
    pts = " ".join(f"{x:.0f},{y:.0f}" for x, y in points)
    return f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="{width}" stroke-linecap="round" stroke-linejoin="round"/>'


def head(p, r=10, colour=INK):
    return f'<circle cx="{p[0]:.0f}" cy="{p[1]:.0f}" r="{r}" fill="{colour}"/>'


def arrow(points):
    """A movement arrow along points, with its head at the last point."""
    (x1, y1), (x2, y2) = points[-2], points[-1]
    a = math.atan2(y2 - y1, x2 - x1)
    tip = [(x2, y2), (x2 - 11 * math.cos(a - 0.45), y2 - 11 * math.sin(a - 0.45)),
           (x2 - 11 * math.cos(a + 0.45), y2 - 11 * math.sin(a + 0.45))]
    body = points[:-1] + [(x2 - 6 * math.cos(a), y2 - 6 * math.sin(a))]
    d = "M" + " ".join(f"{x:.0f},{y:.0f}" for x, y in body[:1])
    if len(body) == 3:
        d += f" Q{body[1][0]:.0f},{body[1][1]:.0f} {body[2][0]:.0f},{body[2][1]:.0f}"
    else:
        d += " L" + " ".join(f"{x:.0f},{y:.0f}" for x, y in body[1:])
    pts = " ".join(f"{x:.0f},{y:.0f}" for x, y in tip)
    return (f'<path d="{d}" fill="none" stroke="{ARROW}" stroke-width="3" stroke-linecap="round"/>'
            f'<polygon points="{pts}" fill="{ARROW}"/>')


def rect(x, y, w, h, colour=PROP):
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="3" fill="none" stroke="{colour}" stroke-width="3"/>'


def side_figure(hip, shoulder, legs, arms, moving=(), head_at=None):
    """A side view: far limbs pale, near limbs dark; `moving` names limbs drawn in the movement colour."""
    out = []
    for name, pts in legs + arms:
        if name.startswith("far"):
            out.append(line(pts, MOVE if name in moving else FAR))
    out.append(line([hip, shoulder]))
    if head_at is None:
        dx, dy = shoulder[0] - hip[0], shoulder[1] - hip[1]
        d = math.hypot(dx, dy)
        head_at = (shoulder[0] + 17 * dx / d, shoulder[1] + 17 * dy / d)
    out.append(head(head_at))
    for name, pts in legs + arms:
        if not name.startswith("far"):
            out.append(line(pts, MOVE if name in moving else INK))
    return out


def leg(hip, ankle, bend=1, toe_angle=0):
    k = knee(hip, ankle, bend)
    return [hip, k, ankle, at(ankle, FOOT, toe_angle)]


def arm(shoulder, hand, bend=-1):
    return [shoulder, knee(shoulder, hand, bend, UPPER_ARM, FOREARM), hand]


# ---------------------------------------------------------------- the poses
# Each returns (start panel, moved panel, arrow points in the moved panel, title).

def standing(x, moving=(), far_hand=None, near_hand=None):
    hip, shoulder = (x, 96), (x, 46)
    a = (x, 177)
    return side_figure(hip, shoulder,
                       [("far-leg", leg(hip, (x - 4, 177), 1)), ("near-leg", leg(hip, a, 1))],
                       [("far-arm", arm(shoulder, far_hand or (x - 4, 100))),
                        ("near-arm", arm(shoulder, near_hand or (x + 4, 101)))], moving)


def squat():
    x = 120
    hip, shoulder = (96, 138), at((96, 138), TORSO, -58)
    end = side_figure(hip, shoulder,
                      [("far-leg", leg(hip, (x - 4, 177), 1)), ("near-leg", leg(hip, (x, 177), 1))],
                      [("far-arm", [shoulder, at(shoulder, 27, -5), at(at(shoulder, 27, -5), 26, 0)]),
                       ("near-arm", [shoulder, at(shoulder, 28, 0), at(at(shoulder, 28, 0), 26, 0)])])
    return standing(x), end, [(66, 96), (62, 118), (70, 138)], \
        "Squat: stand with your feet apart, then push your hips back and bend your knees until your thighs are close to level with the floor, arms reaching forwards."


def deadlift():
    x = 130
    hip = (86, 114)
    shoulder = at(hip, TORSO, -30)
    hand = (shoulder[0] + 4, 150)
    bell = [rect(hand[0] - 12, 154, 24, 22), f'<path d="M{hand[0]-8:.0f},154 Q{hand[0]:.0f},140 {hand[0]+8:.0f},154" fill="none" stroke="{PROP}" stroke-width="3"/>']
    start = side_figure(hip, shoulder,
                        [("far-leg", leg(hip, (x - 4, 177), 1)), ("near-leg", leg(hip, (x, 177), 1))],
                        [("far-arm", [shoulder, at(shoulder, 28, 92), hand]), ("near-arm", [shoulder, at(shoulder, 28, 88), hand])]) + bell
    h2 = (x, 96)
    sh2 = (x, 46)
    hand2 = (x + 12, 118)
    bell2 = [rect(hand2[0] - 12, 122, 24, 22), f'<path d="M{hand2[0]-8:.0f},122 Q{hand2[0]:.0f},108 {hand2[0]+8:.0f},122" fill="none" stroke="{PROP}" stroke-width="3"/>']
    end = side_figure(h2, sh2, [("far-leg", leg(h2, (x - 4, 177))), ("near-leg", leg(h2, (x, 177)))],
                      [("far-arm", [sh2, at(sh2, 28, 88), hand2]), ("near-arm", [sh2, at(sh2, 28, 92), hand2])]) + bell2
    return start, end, [(78, 130), (84, 100), (104, 84)], \
        "Deadlift: with a flat back, push your hips back and lean forwards to hold a kettlebell on the floor between your feet, then drive your hips forwards to stand tall with it."


def lunge():
    hip = (108, 128)
    shoulder = (110, 78)
    front = leg(hip, (146, 177), 1)
    back_knee = (92, 168)
    back = [hip, back_knee, (54, 170), (46, 178)]
    end = side_figure(hip, shoulder, [("far-leg", back), ("near-leg", front)],
                      [("far-arm", [shoulder, (98, 100), (106, 122)]), ("near-arm", [shoulder, (122, 100), (112, 124)])])
    start = standing(120, far_hand=(114, 122), near_hand=(128, 122))
    return start, end, [(56, 120), (60, 140), (70, 158)], \
        "Lunge: stand tall with your hands on your hips, then step one foot back and bend both knees until your back knee is just above the floor."


def bulgarian_split_squat():
    bench = [rect(34, 132, 58, 10), line([(42, 142), (42, 178)], PROP, 4), line([(84, 142), (84, 178)], PROP, 4)]

    def pose(hip, front_ankle):
        shoulder = at(hip, TORSO, -84)
        front = leg(hip, front_ankle, 1)
        back_foot = (78, 128)
        k = knee(hip, back_foot, -1)
        back = [hip, k, back_foot, (64, 128)]
        return side_figure(hip, shoulder, [("far-leg", back), ("near-leg", front)],
                           [("far-arm", arm(shoulder, (hip[0] - 2, hip[1] + 4))), ("near-arm", arm(shoulder, (hip[0] + 4, hip[1] + 6)))]) + bench
    return pose((150, 98), (158, 177)), pose((132, 138), (170, 177)), [(190, 92), (194, 114), (188, 134)], \
        "Bulgarian split squat: rest the top of your back foot on a bench behind you, then bend your front knee to lower straight down until your front thigh is nearly level."


def single_leg_deadlift():
    x = 120
    weight = lambda p: rect(p[0] - 9, p[1], 18, 10)
    start = standing(x, near_hand=(x + 4, 104)) + [weight((x + 4, 104))]
    hip = (112, 98)
    shoulder = at(hip, TORSO, -8)
    stand = leg(hip, (116, 177), 1)
    free = [hip, at(hip, THIGH, 172), at(at(hip, THIGH, 172), SHIN, 172)]
    free.append(at(free[-1], FOOT, 100))
    hand = (shoulder[0] + 2, shoulder[1] + 52)
    end = side_figure(hip, shoulder, [("far-leg", free), ("near-leg", stand)],
                      [("far-arm", [shoulder, at(shoulder, 28, 92), (shoulder[0] - 2, shoulder[1] + 50)]),
                       ("near-arm", [shoulder, at(shoulder, 28, 88), hand])], moving=("far-leg",)) + [weight(hand)]
    return start, end, [(200, 60), (214, 80), (206, 104)], \
        "Single-leg deadlift: standing on one leg with a light weight in the opposite hand, bend forwards from the hip as your free leg reaches straight back, until your body is nearly level."


def lying_on_side(top_leg_angle, moving=False):
    hip, shoulder = (132, 164), (74, 164)
    head_at = (48, 156)
    bottom = [hip, (168, 172), (150, 176)]  # bottom knee bent for balance
    top = [hip, at(hip, THIGH + SHIN, top_leg_angle)]
    top.append(at(top[-1], FOOT, top_leg_angle - 80))
    arms = [("far-arm", [shoulder, (60, 176), (36, 168)]), ("near-arm", [shoulder, (96, 146), (104, 170)])]
    return side_figure(hip, shoulder, [("far-leg", bottom), ("near-leg", top)], arms,
                       moving=("near-leg",) if moving else (), head_at=head_at)


def single_leg_raise():
    return lying_on_side(-2), lying_on_side(-24, True), [(222, 146), (228, 124), (222, 104)], \
        "Side-lying leg raise: lie on your side with your bottom knee bent, then lift your straight top leg to a little above hip height, heel first."


def crab_walk():
    def front(cx, step):
        out = []
        hip_l, hip_r, neck = (cx - 11, 110), (cx + 11, 110), (cx, 60)
        ank_l, ank_r = (cx - 16, 177), (cx + 16 + step, 177)
        k_l, k_r = knee(hip_l, ank_l, -1), knee(hip_r, ank_r, 1)
        out.append(line([(cx - 18, 64), (cx + 18, 64)]))
        out.append(line([neck, (cx, 110)]))
        out.append(line([hip_l, hip_r]))
        out.append(head((cx, 44)))
        out.append(line([(cx - 18, 64), (cx - 30, 88), (cx - 12, 108)]))
        out.append(line([(cx + 18, 64), (cx + 30, 88), (cx + 12, 108)]))
        out.append(line([hip_l, k_l, ank_l, (ank_l[0] - 10, 178)]))
        out.append(line([hip_r, k_r, ank_r, (ank_r[0] + 10, 178)], MOVE if step else INK))
        band_y = k_l[1] - 8
        out.append(f'<path d="M{k_l[0]:.0f},{band_y:.0f} L{k_r[0]:.0f},{k_r[1] - 8:.0f}" stroke="{ARROW}" stroke-width="4" stroke-dasharray="2 5" stroke-linecap="round" fill="none"/>')
        return out
    return front(120, 0), front(112, 26), [(148, 118), (170, 118), (192, 118)], \
        "Crab walk, seen from the front: with a band around your legs above the knees and your knees slightly bent, step one foot out to the side and keep the band tight."


def fire_hydrant():
    def rear(lift):
        out = []
        cx = 120
        hip_l, hip_r = (cx - 22, 118), (cx + 22, 118)
        sh_l, sh_r = (cx - 20, 96), (cx + 20, 96)
        out.append(line([(cx - 14, 172), sh_l], FAR))
        out.append(line([(cx + 14, 172), sh_r], FAR))
        out.append(line([sh_l, sh_r], FAR))
        out.append(line([(cx, 96), (cx, 118)], FAR))
        out.append(head((cx, 78)))
        out.append(line([hip_l, hip_r]))
        out.append(line([hip_l, (cx - 24, 176)]))
        if lift:
            k = at(hip_r, THIGH, -6)
            out.append(line([hip_r, k, (k[0] + 2, k[1] + 12)], MOVE))
        else:
            out.append(line([hip_r, (cx + 24, 176)]))
        return out
    return rear(False), rear(True), [(150, 170), (178, 160), (184, 130)], \
        "Fire hydrant, seen from behind: on your hands and knees, keep the knee bent and lift one leg out to the side, up to hip height at most."


def bridge(single, lifted, feet_far=False):
    shoulder = (58, 168)
    ankle = (186 if feet_far else 172, 177)
    hip = (122, 140) if lifted else (122, 170)
    if feet_far and lifted:
        hip = (122, 152)
    arms = [("far-arm", [shoulder, (80, 174), (100, 176)]), ("near-arm", [shoulder, (82, 176), (104, 177)])]
    near = leg(hip, ankle, 1)
    if single:
        thigh_end = at(hip, THIGH, -62 if lifted else -88)
        far = [hip, thigh_end, at(thigh_end, SHIN, 8)]
        far.append(at(far[-1], FOOT, -40))
    else:
        far = leg(hip, (ankle[0] - 4, 177), 1)
    return side_figure(hip, shoulder, [("far-leg", far), ("near-leg", near)], arms, head_at=(36, 166))


def single_leg_bridge():
    return bridge(True, False), bridge(True, True), [(98, 176), (96, 156), (110, 138)], \
        "Single-leg bridge: lying on your back with one foot flat and the other knee held over your hip, push through the heel on the floor to lift your hips into a straight line."


def glute_bridge():
    return bridge(False, False), bridge(False, True), [(98, 176), (96, 156), (110, 138)], \
        "Glute bridge: lying on your back with your knees bent and feet flat, squeeze your buttocks to lift your hips until your body is straight from shoulders to knees."


def hamstring_bridge_hold():
    return bridge(False, False, True), bridge(False, True, True), [(98, 176), (98, 164), (110, 152)], \
        "Hamstring bridge hold: lying on your back with your heels far from your buttocks and knees only slightly bent, lift your hips a little and hold still."


def step_up():
    box = [rect(128, 146, 80, 32)]
    start = standing(96) + box
    hip, shoulder = (150, 66), (152, 16)
    end = side_figure(hip, shoulder,
                      [("far-leg", leg(hip, (146, 142), 1, 20)), ("near-leg", leg(hip, (154, 143), 1))],
                      [("far-arm", arm(shoulder, (148, 70))), ("near-arm", arm(shoulder, (156, 71)))]) + box
    return start, end, [(100, 150), (104, 110), (126, 80)], \
        "Step-up: place one whole foot on a step, then push through that heel to stand up tall on it.", 0.84


def side_plank():
    def plank(up):
        hip = (130, 140) if up else (130, 170)
        shoulder = (70, 138)
        elbow = (70, 176)
        knee_at = (178, 156 if up else 174)
        legs = [("near-leg", [hip, knee_at, (150, 176)])]
        arms = [("far-arm", [shoulder, elbow, (98, 176)]), ("near-arm", [shoulder, (92, 128), (112, 140)])]
        return side_figure(hip, shoulder, legs, arms, head_at=(52, 128))
    return plank(False), plank(True), [(200, 176), (206, 156), (196, 140)], \
        "Side plank: lying on your side propped on your forearm, with your knees bent for the easier version, lift your hips until your body is straight and hold."


def clamshell():
    def shell(open_):
        hip, shoulder = (132, 164), (74, 164)
        bottom = [hip, (168, 172), (150, 176)]
        top_knee = at(hip, THIGH, -38 if open_ else -8)
        top = [hip, top_knee, (150, 170)]
        arms = [("far-arm", [shoulder, (60, 176), (36, 168)]), ("near-arm", [shoulder, (96, 146), (104, 170)])]
        return side_figure(hip, shoulder, [("far-leg", bottom), ("near-leg", top)], arms,
                           moving=("near-leg",) if open_ else (), head_at=(48, 156))
    return shell(False), shell(True), [(190, 150), (192, 128), (178, 112)], \
        "Clamshell: lying on your side with your knees bent and feet together, lift your top knee without rolling your hips back."


def hip_flexor_march():
    def march(up):
        hip, shoulder = (120, 96), (120, 46)
        stand = leg(hip, (120, 177))
        if up:
            k = at(hip, THIGH, -4)
            lifted = [hip, k, at(k, SHIN, 92)]
            lifted.append(at(lifted[-1], FOOT, 0))
        else:
            lifted = leg(hip, (116, 177))
        out = side_figure(hip, shoulder, [("far-leg", lifted), ("near-leg", stand)],
                          [("far-arm", arm(shoulder, (116, 100))), ("near-arm", arm(shoulder, (124, 101)))],
                          moving=("far-leg",) if up else ())
        foot = lifted[-2]
        out.append(f'<path d="M{foot[0]:.0f},{foot[1]:.0f} L120,177" stroke="{ARROW}" stroke-width="3" stroke-dasharray="2 5" stroke-linecap="round" fill="none"/>')
        return out
    return march(False), march(True), [(188, 150), (196, 126), (184, 104)], \
        "Standing hip flexor march: with a band around both feet, stand tall and lift one knee up towards hip height against the band."


def hip_flexor_stretch():
    def kneel(forward):
        hip = (110 + forward, 120)
        shoulder = (110 + forward, 70)
        back = [hip, (102, 174), (64, 176), (52, 176)]
        front = leg(hip, (152 + 0, 177), 1)
        return side_figure(hip, shoulder, [("far-leg", back), ("near-leg", front)],
                           [("far-arm", arm(shoulder, (hip[0] - 4, hip[1] - 2))), ("near-arm", arm(shoulder, (hip[0] + 4, hip[1])))],
                           moving=("far-leg",) if forward else ())
    return kneel(0), kneel(10), [(70, 100), (90, 92), (112, 96)], \
        "Kneeling hip flexor stretch: kneel on one knee with the other foot in front, tuck your tailbone under and shift your hips forwards to feel a stretch at the front of the hip."


# ----------------------------------------------------------------- output

DIAGRAMS = {
    "squat": squat, "deadlift": deadlift, "lunge": lunge, "bulgarian-split-squat": bulgarian_split_squat,
    "single-leg-deadlift": single_leg_deadlift, "single-leg-raise": single_leg_raise, "crab-walk": crab_walk,
    "fire-hydrant": fire_hydrant, "single-leg-bridge": single_leg_bridge, "glute-bridge": glute_bridge,
    "hamstring-bridge-hold": hamstring_bridge_hold, "step-up": step_up, "side-plank": side_plank,
    "clamshell": clamshell, "hip-flexor-march": hip_flexor_march, "hip-flexor-stretch": hip_flexor_stretch,
}


def svg(start: list[str], end: list[str], arrow_pts, title: str, scale: float = 1.0) -> str:
    """Two panels side by side: the start position, then the position moved into (scaled about the floor)."""
    fit = f" translate(120 {FLOOR}) scale({scale}) translate(-120 -{FLOOR})" if scale != 1 else ""
    label = lambda x, text: f'<text x="{x}" y="22" font-family="sans-serif" font-size="14" fill="#4b5563">{text}</text>'
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-labelledby="title">',
        f'<title id="title">{escape(title)}</title>',
        f'<rect x="1" y="1" width="{W - 2}" height="{H - 2}" rx="8" fill="#ffffff" stroke="#d7dbe3" stroke-width="2"/>',
        f'<line x1="240" y1="14" x2="240" y2="{H - 14}" stroke="#e5e7eb" stroke-width="2"/>',
        f'<line x1="14" y1="{FLOOR}" x2="{W - 14}" y2="{FLOOR}" stroke="#c9ced8" stroke-width="3"/>',
        label(14, "1. Start"), label(254, "2. Move"),
        f'<g transform="translate(0 0){fit}">', *start, "</g>",
        f'<g transform="translate(240 0){fit}">', *end, arrow(arrow_pts), "</g>",
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def render_all() -> dict[Path, str]:
    return {OUT / f"{name}.svg": svg(*draw()) for name, draw in DIAGRAMS.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a committed diagram differs from its pose")
    args = ap.parse_args(argv)
    stale = []
    for path, text in render_all().items():
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if stale:
        print("Stale diagrams (run scripts/draw_exercise_diagrams.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
