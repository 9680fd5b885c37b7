"""Draw the exercise diagrams: docs/assets/exercise-diagrams/<id>.svg.

Each diagram is two panels side by side, "Start" and "Finish", each with a
person drawn by hipguide/drawings/stick_figure.py. In the Finish panel the limbs that
move are in the movement colour, their starting position is shown faintly
behind them, and an arrow marks the direction. Poses are below; edit one, run
this script, and look at the result in a browser.

    python -m hipguide.drawings.exercise_diagrams          # write the SVG files
    python -m hipguide.drawings.exercise_diagrams --check  # exit 1 if a file is stale

The SVGs use presentation attributes only (no <style>, no script, no external
reference), so they pass a strict Content-Security-Policy as images. They sit
on their own white card, so they read the same on a dark page and on paper.
"""
from __future__ import annotations

import argparse
import math
import sys
from dataclasses import replace
from html import escape
from pathlib import Path

from hipguide.drawings.stick_figure import (
    FOOT,
    HALF_HIPS,
    HALF_SHOULDERS,
    SHIN,
    THIGH,
    TORSO,
    Body,
    Point,
    arm,
    arm_to,
    arrow,
    at,
    ball,
    band,
    box,
    joint,
    leg,
    leg_to,
)

OUT = Path(__file__).resolve().parents[2] / "docs" / "assets" / "exercise-diagrams"
PANEL, BASE_H, FLOOR = 240, 220, 204
GROUND = FLOOR - 4  # where an ankle sits when the foot is flat on the floor


# ---------------------------------------------------------------- shared positions

def standing(x: float, moving=(), near_hand=None, far_hand=None, near_leg=None, far_leg=None) -> Body:
    """Standing tall, seen from the side, facing right."""
    hip = (x, GROUND - THIGH - SHIN + 1)
    shoulder = (x + 1, hip[1] - TORSO)
    return Body(hip, shoulder, {
        "far-leg": far_leg or leg_to(hip, (x - 3, GROUND), 1),
        "far-arm": arm_to(shoulder, far_hand or (x - 3, hip[1] + 2)),
        "near-leg": near_leg or leg_to(hip, (x + 1, GROUND), 1),
        "near-arm": arm_to(shoulder, near_hand or (x + 4, hip[1] + 4)),
    }, moving)


def lying_on_back(hip: Point, ankle_x: float, moving=("torso",), far_leg=None) -> Body:
    """On your back, knees bent, feet on the floor, arms by your sides; head to the left."""
    shoulder = (hip[0] - TORSO, GROUND - 10) if hip[1] > GROUND - 14 else at(hip, TORSO, 180 + _rise(hip))
    limbs = {
        "far-leg": far_leg or leg_to(hip, (ankle_x - 4, GROUND), 1),
        "far-arm": [shoulder, (shoulder[0] + 26, GROUND - 2), (shoulder[0] + 50, GROUND - 1)],
        "near-leg": leg_to(hip, (ankle_x, GROUND), 1),
        "near-arm": [shoulder, (shoulder[0] + 27, GROUND), (shoulder[0] + 52, GROUND)],
    }
    return Body(hip, shoulder, limbs, moving, head=(shoulder[0] - 19, GROUND - 12))


def _rise(hip: Point) -> float:
    """The torso's angle above the floor when the shoulders rest on it and the hips are at `hip`."""
    return -math.degrees(math.asin(min((GROUND - 10 - hip[1]) / TORSO, 1)))


def lying_on_side(hip: Point, shoulder: Point, near_leg, far_leg, moving=()) -> Body:
    """On your side, head resting on the lower arm; head to the left."""
    arms = {"far-arm": [shoulder, (shoulder[0] - 16, GROUND), (shoulder[0] - 40, GROUND - 8)],
            "near-arm": [shoulder, (shoulder[0] + 22, shoulder[1] - 14), (shoulder[0] + 32, shoulder[1] + 6)]}
    return Body(hip, shoulder, {"far-leg": far_leg, **arms, "near-leg": near_leg}, moving,
                head=(shoulder[0] - 24, shoulder[1] - 12))


def wide_body(cx: float, pelvis_y: float, legs: dict, arms: dict | None = None, moving=(), torso=TORSO,
              extra=()) -> Body:
    """Seen from the front or behind: a wide torso, arms hanging at its sides, every limb in front."""
    top = pelvis_y - torso
    if arms is None:
        arms = {f"{side}-arm": [(cx + s * 20, top + 4), (cx + s * 25, top + 28), (cx + s * 23, pelvis_y + 8)]
                for side, s in (("left", -1), ("right", 1))}
    return Body((cx, pelvis_y), (cx, top), {**legs, **arms}, moving, head=(cx, top - 24), wide=True,
                extra=list(extra))


def front_leg(hip: Point, ankle: Point, side: int, knee_out: float = 3) -> list[Point]:
    """A leg seen from the front: nearly straight, the foot turned out."""
    knee = ((hip[0] + ankle[0]) / 2 + side * knee_out, (hip[1] + ankle[1]) / 2)
    return [hip, knee, ankle, (ankle[0] + side * 9, ankle[1])]


# ---------------------------------------------------------------- the poses
# Each returns (start, finish, arrow points in the finish panel, description).

def squat():
    x = 120
    hip = (92, 160)
    shoulder = at(hip, TORSO, -58)
    finish = Body(hip, shoulder, {
        "far-leg": leg_to(hip, (x - 3, GROUND), 1), "far-arm": arm(shoulder, -6, -2),
        "near-leg": leg_to(hip, (x + 1, GROUND), 1), "near-arm": arm(shoulder, 0, 0),
    }, ("near-leg", "far-leg"))
    return standing(x), finish, [(60, 110), (56, 136), (70, 158)], \
        "Squat: stand with your feet apart, then push your hips back and bend your knees until your thighs are close to level with the floor, arms reaching forwards."


def _kettlebell(cx: float, top: float) -> list[str]:
    return [box(cx - 12, top, 24, 20),
            f'<path d="M{cx - 7:.0f},{top:.0f} Q{cx:.0f},{top - 14:.0f} {cx + 7:.0f},{top:.0f}" stroke="#64748b" stroke-width="4"/>']


def deadlift():
    x = 130
    hip = (84, 132)
    shoulder = at(hip, TORSO, -24)
    hand = (shoulder[0] + 6, 176)
    start = Body(hip, shoulder, {
        "far-leg": leg_to(hip, (x - 3, GROUND), 1), "far-arm": arm_to(shoulder, hand, 1),
        "near-leg": leg_to(hip, (x + 1, GROUND), 1), "near-arm": arm_to(shoulder, hand, 1),
    }, extra=_kettlebell(hand[0], 180))
    finish = standing(x, moving=("torso",), near_hand=(x + 10, 134), far_hand=(x + 8, 134))
    finish.extra = _kettlebell(x + 10, 138)
    return start, finish, [(72, 150), (66, 96), (98, 66)], \
        "Deadlift: with a flat back, push your hips back and lean forwards to hold a kettlebell on the floor between your feet, then drive your hips forwards to stand tall with it."


def lunge():
    start = standing(124, near_hand=(118, 122), far_hand=(128, 122))
    hip = (118, 150)
    shoulder = (120, 100)
    finish = Body(hip, shoulder, {
        "far-leg": leg_to(hip, (158, GROUND), 1),
        "far-arm": arm_to(shoulder, (114, 146)),
        "near-leg": [hip, (104, 190), (66, 194), (56, GROUND)],
        "near-arm": arm_to(shoulder, (126, 148)),
    }, ("near-leg",))
    return start, finish, [(98, 164), (66, 160), (44, 182)], \
        "Lunge: stand tall with your hands on your hips, then take a long step back and bend both knees until your back knee is just above the floor."


def bulgarian_split_squat():
    bench = [box(22, 140, 64, 12), box(28, 152, 8, 52), box(72, 152, 8, 52)]

    def pose(hip, front_ankle, moving=()):
        shoulder = at(hip, TORSO, -84)
        back_foot = (74, 134)
        back = [hip, joint(hip, back_foot, -1), back_foot, (60, 134)]
        return Body(hip, shoulder, {
            "far-leg": back, "far-arm": arm_to(shoulder, (hip[0] - 2, hip[1] + 6)),
            "near-leg": leg_to(hip, front_ankle, 1), "near-arm": arm_to(shoulder, (hip[0] + 5, hip[1] + 8)),
        }, moving, extra=bench)
    return pose((150, 120), (162, GROUND)), pose((136, 156), (174, GROUND), ("near-leg", "far-leg")), \
        [(204, 100), (210, 124), (204, 148)], \
        "Bulgarian split squat: rest the top of your back foot on a bench behind you, then bend your front knee to lower straight down until your front thigh is nearly level."


def single_leg_deadlift():
    x = 112
    def weight(hand):
        return [box(hand[0] - 10, hand[1] - 2, 20, 12)]

    start = standing(x, near_hand=(x + 6, 124), near_leg=[(x, 119), (x + 4, 160), (x - 2, 188), (x + 10, 190)])
    start.extra = weight((x + 6, 124))
    hip = (104, 118)
    shoulder = at(hip, TORSO, -6)
    free = leg(hip, 176, 178, 96)
    hand = (shoulder[0] + 2, shoulder[1] + 52)
    finish = Body(hip, shoulder, {
        "far-leg": leg_to(hip, (110, GROUND), 1), "far-arm": arm(shoulder, 94, 88),
        "near-leg": free, "near-arm": arm_to(shoulder, hand, 1),
    }, ("near-leg", "torso"), extra=weight(hand))
    return start, finish, [(118, 182), (40, 182), (26, 122)], \
        "Single-leg deadlift: standing on one leg with a light weight in the opposite hand, bend forwards from the hip as your free leg reaches straight back, until your body is nearly level."


def single_leg_raise():
    hip, shoulder = (136, 182), (84, 182)
    bottom = [hip, (172, 192), (152, 196), (146, GROUND)]

    def pose(angle, moving=()):
        top = leg(hip, angle, angle, angle - 80)
        return lying_on_side(hip, shoulder, top, bottom, moving)
    return pose(-2), pose(-24, ("near-leg",)), [(226, 172), (234, 142), (224, 116)], \
        "Side-lying leg raise: lie on your side with your bottom knee bent, then lift your straight top leg to a little above hip height, heel first."


def crab_walk():
    def front(cx, step, moving=()):
        pelvis = 126
        hl, hr = (cx - HALF_HIPS, pelvis), (cx + HALF_HIPS, pelvis)
        al, ar = (cx - 20, GROUND), (cx + 20 + step, GROUND)
        legs = {"left-leg": front_leg(hl, al, -1, 8), "right-leg": front_leg(hr, ar, 1, 8)}
        kl, kr = legs["left-leg"][1], legs["right-leg"][1]
        body = wide_body(cx, pelvis, legs, None, moving)
        body.extra = [band([(kl[0] - 4, kl[1] - 10), (kr[0] + 4, kr[1] - 10)])]
        return body
    return front(120, 0), front(106, 40, ("right-leg",)), [(150, 150), (176, 150), (204, 150)], \
        "Crab walk, seen from the front: with a band around your legs above the knees and your knees slightly bent, step one foot out to the side and keep the band tight."


def fire_hydrant():
    # Seen from behind and a little above: the floor recedes up the picture, so the hands (far away) are
    # higher than the knees (near), and the back runs away from you as a short, wide torso.
    floor = [f'<polygon points="26,{GROUND + 2} 214,{GROUND + 2} 178,130 62,130" fill="#eef1f6" stroke="none"/>']

    def rear(lift, moving=()):
        cx, pelvis = 116, 138
        hl, hr = (cx - 15, pelvis), (cx + 15, pelvis)
        legs = {"left-leg": [hl, (cx - 19, 182), (cx - 21, 198)]}
        if lift:  # the thigh swings out to the side, level with the hip; the shin still points back at you
            legs["right-leg"] = [hr, (cx + 58, pelvis - 6), (cx + 60, pelvis + 12)]
        else:
            legs["right-leg"] = [hr, (cx + 19, 182), (cx + 21, 198)]
        arms = {"far-arm-l": [(cx - 19, 108), (cx - 22, 150)], "far-arm-r": [(cx + 19, 108), (cx + 22, 150)]}
        return Body((cx, pelvis), (cx, 110), {**arms, **legs}, moving, head=(cx, 90), wide=True, extra=floor)
    return rear(False), rear(True, ("right-leg",)), [(150, 196), (186, 194), (184, 156)], \
        "Fire hydrant, seen from behind: on your hands and knees, keep the knee bent and lift one leg out to the side, up to hip height at most."


def single_leg_bridge():
    def pose(hip, moving=()):
        body = lying_on_back(hip, 174, moving)
        thigh_end = at(hip, THIGH, -66 if hip[1] < 180 else -88)
        far = [hip, thigh_end, at(thigh_end, SHIN, 10)]
        far.append(at(far[-1], FOOT, -40))
        body.limbs["far-leg"] = far
        return body
    return pose((124, 188)), pose((124, 170), ("torso",)), [(118, 158), (118, 124)], \
        "Single-leg bridge: lying on your back with one foot flat and the other knee held over your hip, push through the heel on the floor to lift your hips into a straight line."


def glute_bridge():
    return lying_on_back((124, 188), 172, ()), lying_on_back((124, 168), 172), [(120, 156), (120, 122)], \
        "Glute bridge: lying on your back with your knees bent and feet flat, squeeze your buttocks to lift your hips until your body is straight from shoulders to knees."


def hamstring_bridge_hold():
    return lying_on_back((124, 188), 196, ()), lying_on_back((124, 176), 196), [(120, 164), (120, 132)], \
        "Hamstring bridge hold: lying on your back with your heels far from your buttocks and knees only slightly bent, lift your hips a little and hold still."


def step_up():
    step = [box(122, 166, 96, 38)]
    hip = (100, 118)
    start = standing(100, near_leg=leg_to(hip, (136, 162), 1))
    start.extra = step
    hip2 = (168, 84)
    shoulder2 = (169, 34)
    finish = Body(hip2, shoulder2, {
        "far-leg": leg_to(hip2, (156, 160), 1, 30), "far-arm": arm_to(shoulder2, (166, 88)),
        "near-leg": leg_to(hip2, (170, 162), 1), "near-arm": arm_to(shoulder2, (173, 88)),
    }, ("near-leg", "torso"), extra=step)
    return start, finish, [(84, 130), (96, 72), (142, 66)], \
        "Step-up: place one whole foot on a step, then push through that heel to stand up tall on it."


def side_plank():
    def plank(hip, moving=()):
        shoulder, elbow = (72, 168), (72, GROUND - 2)
        return Body(hip, shoulder, {
            "far-arm": [shoulder, elbow, (104, GROUND - 2)],
            "near-leg": [hip, (hip[0] + 42, GROUND - 6), (hip[0] + 8, GROUND - 4)],
            "near-arm": [shoulder, (94, 158), (116, 170)],
        }, moving, head=(54, 158))
    return plank((124, 194)), plank((124, 178), ("torso",)), [(120, 166), (120, 134)], \
        "Side plank: lying on your side propped on your forearm, with your knees bent for the easier version, lift your hips until your body is straight and hold."


def clamshell():
    hip, shoulder = (120, 186), (68, 186)
    bottom = [hip, (160, 196), (124, 198), (114, GROUND - 2)]

    def pose(knee, moving=()):
        top = [hip, knee, (126, 190), (116, 190)]
        return lying_on_side(hip, shoulder, top, bottom, moving)
    return pose((161, 182)), pose((150, 150), ("near-leg",)), [(184, 186), (190, 160), (168, 142)], \
        "Clamshell: lying on your side with your knees bent and feet together, lift your top knee without rolling your hips back."


def hip_flexor_march():
    def march(up, moving=()):
        x = 116
        hip = (x, GROUND - THIGH - SHIN + 1)
        lifted = leg(hip, -6, 88, 4) if up else leg_to(hip, (x + 1, GROUND), 1)
        body = standing(x, moving, near_leg=lifted)
        body.extra = [band([lifted[2], (x - 2, GROUND)])]
        return body
    return march(False), march(True, ("near-leg",)), [(196, 192), (204, 150), (184, 122)], \
        "Standing hip flexor march: with a band around both feet, stand tall and lift one knee up towards hip height against the band."


def hip_flexor_stretch():
    def kneel(forward, moving=()):
        hip = (106 + forward, 128)
        shoulder = (107 + forward, 78)
        back = [hip, (104, GROUND - 6), (62, GROUND - 2), (50, GROUND - 2)]
        return Body(hip, shoulder, {
            "far-leg": leg_to(hip, (158, GROUND), 1),
            "far-arm": arm_to(shoulder, (hip[0] - 4, hip[1] - 2)),
            "near-leg": back,
            "near-arm": arm_to(shoulder, (hip[0] + 5, hip[1])),
        }, moving)
    return kneel(0), kneel(14, ("near-leg",)), [(54, 126), (76, 116), (98, 124)], \
        "Kneeling hip flexor stretch: kneel on one knee with the other foot in front, tuck your tailbone under and shift your hips forwards to feel a stretch at the front of the hip."


def adductor_squeeze():
    def top_view(gap, moving=()):
        pelvis, y = 112, 134
        hl, hr = (pelvis, y - HALF_HIPS), (pelvis, y + HALF_HIPS)
        kl, kr = (pelvis + 38, y - 8 - gap), (pelvis + 38, y + 8 + gap)
        fl, fr = (pelvis + 70, y - 14), (pelvis + 70, y + 14)
        legs = {"left-leg": [hl, kl, fl, (fl[0] + 10, fl[1] - 2)], "right-leg": [hr, kr, fr, (fr[0] + 10, fr[1] + 2)]}
        sl, sr = (pelvis - TORSO + 6, y - HALF_SHOULDERS), (pelvis - TORSO + 6, y + HALF_SHOULDERS)
        arms = {"left-arm": [(sl[0] + 2, y - 20), (sl[0] + 26, y - 25), (sl[0] + 48, y - 24)],
                "right-arm": [(sr[0] + 2, y + 20), (sr[0] + 26, y + 25), (sr[0] + 48, y + 24)]}
        body = Body((pelvis, y), (pelvis - TORSO, y), {**arms, **legs}, moving, head=(pelvis - TORSO - 24, y), wide=True)
        body.extra = [ball((pelvis + 40, y), 14, 13 if gap > 8 else 6)]  # squashed when squeezed
        return body
    start, finish = top_view(18, ()), top_view(6, ("left-leg", "right-leg"))
    arrows = [arrow([(150, 82), (150, 108)]), arrow([(150, 186), (150, 160)])]
    return start, finish, arrows, \
        "Adductor squeeze, seen from above: lying on your back with your knees bent and a ball or pillow between your knees, squeeze your knees together into it and hold."


def copenhagen_plank():
    bench = [box(146, 160, 68, 12), box(152, 172, 8, 32), box(200, 172, 8, 32)]

    def plank(hip, moving=()):
        shoulder, elbow = (66, 168), (66, GROUND - 2)
        return Body(hip, shoulder, {
            "far-leg": [hip, (150, GROUND - 4), (188, GROUND - 2), (198, GROUND - 2)] if hip[1] > 180
            else [hip, joint(hip, (176, GROUND - 2), 1), (176, GROUND - 2), (186, GROUND - 2)],
            "far-arm": [shoulder, elbow, (98, GROUND - 2)],
            "near-leg": [hip, (170, 154), (204, 152)],
            "near-arm": [shoulder, (88, 156), (110, 166)],
        }, moving, head=(48, 156), extra=bench)
    return plank((116, 192)), plank((116, 166), ("torso",)), [(110, 154), (110, 122)], \
        "Copenhagen plank, easier version: lying on your side propped on your forearm with your top knee on a bench, press the knee down to lift your hips until your body is straight, and hold."


def wall_press_isometric():
    wall = [box(184, 40, 18, 164)]

    def front(lift, moving=()):
        cx, pelvis = 124, 120
        hl, hr = (cx - HALF_HIPS, pelvis), (cx + HALF_HIPS, pelvis)
        legs = {"left-leg": front_leg(hl, (cx - 12, GROUND), -1)}
        if lift:
            legs["right-leg"] = [hr, (175, 150), (168, 172), (162, 176)]  # knee out to the wall, foot off the floor
        else:
            legs["right-leg"] = front_leg(hr, (cx + 12, GROUND), 1)
        return wide_body(cx, pelvis, legs, None, moving, extra=wall)
    return front(False), front(True, ("right-leg",)), [(140, 188), (174, 166)], \
        "Wall press, seen from the front: standing side-on to a wall on one leg, bend the other knee to lift that foot, press the outside of the knee into the wall and hold still."


# ----------------------------------------------------------------- output

DIAGRAMS = {
    "adductor-squeeze": adductor_squeeze, "bulgarian-split-squat": bulgarian_split_squat, "clamshell": clamshell,
    "copenhagen-plank": copenhagen_plank, "crab-walk": crab_walk, "deadlift": deadlift, "fire-hydrant": fire_hydrant,
    "glute-bridge": glute_bridge, "hamstring-bridge-hold": hamstring_bridge_hold, "hip-flexor-march": hip_flexor_march,
    "hip-flexor-stretch": hip_flexor_stretch, "lunge": lunge, "side-plank": side_plank,
    "single-leg-bridge": single_leg_bridge, "single-leg-deadlift": single_leg_deadlift,
    "single-leg-raise": single_leg_raise, "squat": squat, "step-up": step_up,
    "wall-press-isometric": wall_press_isometric,
}

# Lying positions fill more of their panel; the step-up's finish stands higher than the panel.
# Each: (scale, the x drawn at the panel's centre), about the floor.
SCALE = {"clamshell": (1.3, 104), "single-leg-raise": (1.1, 134), "side-plank": (1.3, 106),
         "glute-bridge": (1.25, 110), "single-leg-bridge": (1.2, 112), "hamstring-bridge-hold": (1.15, 116),
         "step-up": (0.86, 130), "copenhagen-plank": (1.2, 128)}
# Said on the picture when it is not a side view.
VIEW = {"adductor-squeeze": "Seen from above", "crab-walk": "Seen from the front",
        "fire-hydrant": "Seen from behind", "wall-press-isometric": "Seen from the front"}


def svg(exercise_id: str, start: Body, finish: Body, arrow_pts, title: str) -> str:
    """Start and Finish side by side on a white card; the moving limbs' start shown faintly under the finish."""
    def label(x, text):
        return f'<text x="{x}" y="30" font-family="sans-serif" font-size="19" font-weight="700" fill="#1e293b">{text}</text>'

    arrows = arrow_pts if isinstance(arrow_pts[0], str) else [arrow(arrow_pts)]
    W = 2 * PANEL
    k, cx = SCALE.get(exercise_id, (1, PANEL / 2))
    fit = f" translate({PANEL / 2:g} {FLOOR}) scale({k}) translate(-{cx:g} -{FLOOR})" if k != 1 else ""
    view = VIEW.get(exercise_id)
    H = BASE_H + 20 if view else BASE_H  # room under the floor for the caption
    caption = ([f'<text x="{W / 2:g}" y="{H - 12}" text-anchor="middle" font-family="sans-serif" font-size="16" '
                f'fill="#475569">{view}</text>'] if view else [])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
        f'role="img" aria-labelledby="{exercise_id}-title">',
        f'<title id="{exercise_id}-title">{escape(title)}</title>',
        f'<rect x="1" y="1" width="{W - 2}" height="{H - 2}" rx="10" fill="#ffffff" stroke="#cbd2dc" stroke-width="2"/>',
        f'<line x1="{PANEL}" y1="12" x2="{PANEL}" y2="{FLOOR - 2}" stroke="#dfe3ea" stroke-width="2"/>',
        f'<line x1="12" y1="{FLOOR + 1}" x2="{W - 12}" y2="{FLOOR + 1}" stroke="#94a3b8" stroke-width="3"/>',
        label(16, "Start"), label(PANEL + 16, "Finish"),
        '<g fill="none" stroke-linecap="round" stroke-linejoin="round">',
        f'<g transform="translate(0 0){fit}">', *replace(start, moving=()).svg(), "</g>",
        f'<g transform="translate({PANEL} 0){fit}">', *finish.svg(start.ghost(finish.moving)), *arrows, "</g>",
        "</g>", *caption,
        "</svg>",
    ]
    return "\n".join(parts) + "\n"


def render_all() -> dict[Path, str]:
    return {OUT / f"{name}.svg": svg(name, *draw()) for name, draw in DIAGRAMS.items()}


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
        print("Stale diagrams (run `make diagrams`): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
