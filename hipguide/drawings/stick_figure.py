"""Draw a person for the exercise diagrams: a body, not sticks.

Joints are angles (0 = pointing right, 90 = down, -90 = up, in degrees) or,
where a foot or hand must land on a spot, points solved for the middle joint.
Limbs are thick strokes with round caps and joins, so every joint is rounded
and every segment reads as a filled limb; the torso is a wider stroke and the
head a circle. Side views draw the far limbs pale behind the body; the limbs
that move are drawn in the movement colour. Presentation attributes only: the
SVG must pass a strict Content-Security-Policy as an image.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

# Segment lengths and thicknesses, in drawing units (a standing person is about 160 tall).
TORSO, NECK, THIGH, SHIN, FOOT, UPPER_ARM, FOREARM = 50, 19, 42, 40, 13, 28, 26
TORSO_W, LEG_W, FOOT_W, ARM_W, HEAD_R = 22, 14, 8, 10, 12
FRONT_TORSO_W, HALF_HIPS, HALF_SHOULDERS = 30, 8, 13

INK = "#1e293b"        # near limbs
BODY = "#475569"       # torso and head
FAR = "#a3adbd"        # far limbs
MOVE = "#1d4ed8"       # the limbs that move
MOVE_FAR = "#8fb0f0"   # a far limb that moves
ARROW = "#c2410c"
PROP_FILL, PROP_LINE = "#e8ecf2", "#64748b"

Point = tuple[float, float]


def at(p: Point, length: float, degrees: float) -> Point:
    """The point `length` from p at an angle."""
    a = math.radians(degrees)
    return (p[0] + length * math.cos(a), p[1] + length * math.sin(a))


def joint(start: Point, end: Point, bend: int = 1, l1: float = THIGH, l2: float = SHIN) -> Point:
    """The middle joint (knee, elbow) between two ends; bend=1 puts it left of the line start->end."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    d = min(math.hypot(dx, dy), l1 + l2 - 0.01)
    a = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - a * a, 0))
    mx, my = start[0] + a * dx / d, start[1] + a * dy / d
    return (mx + bend * h * dy / d, my - bend * h * dx / d)


def leg(hip: Point, thigh: float, shin: float, foot: float) -> list[Point]:
    """A leg from joint angles: hip, knee, ankle, toe."""
    knee = at(hip, THIGH, thigh)
    ankle = at(knee, SHIN, shin)
    return [hip, knee, ankle, at(ankle, FOOT, foot)]


def leg_to(hip: Point, ankle: Point, bend: int = 1, foot: float = 0) -> list[Point]:
    """A leg whose ankle lands on a spot (a foot on the floor or a step)."""
    return [hip, joint(hip, ankle, bend), ankle, at(ankle, FOOT, foot)]


def arm(shoulder: Point, upper: float, fore: float) -> list[Point]:
    elbow = at(shoulder, UPPER_ARM, upper)
    return [shoulder, elbow, at(elbow, FOREARM, fore)]


def arm_to(shoulder: Point, hand: Point, bend: int = -1) -> list[Point]:
    return [shoulder, joint(shoulder, hand, bend, UPPER_ARM, FOREARM), hand]


def _pts(points) -> str:
    return " ".join(f"{x:.0f},{y:.0f}" for x, y in points)


def stroke(points, colour: str, width: float, opacity: float | None = None) -> str:
    op = f' stroke-opacity="{opacity}"' if opacity is not None else ""
    if len(points) == 2:
        (x1, y1), (x2, y2) = points
        return f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="{colour}" stroke-width="{width}"{op}/>'
    return f'<polyline points="{_pts(points)}" stroke="{colour}" stroke-width="{width}"{op}/>'


def limb(name: str, points: list[Point], colour: str, opacity: float | None = None) -> list[str]:
    """A leg (hip, knee, ankle, toe: the foot thinner) or an arm (shoulder, elbow, hand)."""
    if "leg" in name and len(points) == 4:
        return [stroke(points[:3], colour, LEG_W, opacity), stroke(points[2:], colour, FOOT_W, opacity)]
    return [stroke(points, colour, LEG_W if "leg" in name else ARM_W, opacity)]


@dataclass
class Body:
    """One person in one position.

    Side view: limbs named near-leg, far-leg, near-arm, far-arm. Front, back or
    top view (``wide=True``): the torso is drawn wide and every limb in front.
    ``moving`` names the limbs (or "torso") drawn in the movement colour.
    """

    hip: Point
    shoulder: Point
    limbs: dict[str, list[Point]]
    moving: tuple[str, ...] = ()
    head: Point | None = None
    wide: bool = False
    extra: list[str] = field(default_factory=list)  # props that move with the body (a weight in the hand)

    def head_at(self) -> Point:
        if self.head is not None:
            return self.head
        dx, dy = self.shoulder[0] - self.hip[0], self.shoulder[1] - self.hip[1]
        d = math.hypot(dx, dy)
        return (self.shoulder[0] + NECK * dx / d, self.shoulder[1] + NECK * dy / d)

    def svg(self, ghost: list[str] = ()) -> list[str]:
        """Props first (a foot rests on a step), then `ghost` (a starting position), then the person."""
        out = list(self.extra) + list(ghost)
        behind = [n for n in self.limbs if n.startswith("far")]
        front = [n for n in self.limbs if not n.startswith("far")]
        for name in behind:
            out += limb(name, self.limbs[name], MOVE_FAR if name in self.moving else FAR)
        torso_colour = MOVE if "torso" in self.moving else BODY
        out.append(stroke([self.hip, self.shoulder], torso_colour, FRONT_TORSO_W if self.wide else TORSO_W))
        hx, hy = self.head_at()
        out.append(f'<circle cx="{hx:.0f}" cy="{hy:.0f}" r="{HEAD_R}" fill="{BODY}" stroke="none"/>')
        for name in front:
            out += limb(name, self.limbs[name], MOVE if name in self.moving else INK)
        return out

    def ghost(self, moving: tuple[str, ...]) -> list[str]:
        """The moving limbs of this (starting) position, faint: where the movement starts from."""
        out = []
        for name in moving:
            if name == "torso":
                out.append(stroke([self.hip, self.shoulder], MOVE, FRONT_TORSO_W if self.wide else TORSO_W, 0.22))
            elif name in self.limbs:
                out += limb(name, self.limbs[name], MOVE, 0.22)
        return out


def arrow(points: list[Point]) -> str:
    """A movement arrow along 2 (straight) or 3 (curved) points, its head at the last point."""
    (x1, y1), (x2, y2) = points[-2], points[-1]
    a = math.atan2(y2 - y1, x2 - x1)
    size = 15
    tip = [(x2, y2), (x2 - size * math.cos(a - 0.5), y2 - size * math.sin(a - 0.5)),
           (x2 - size * math.cos(a + 0.5), y2 - size * math.sin(a + 0.5))]
    end = (x2 - 9 * math.cos(a), y2 - 9 * math.sin(a))
    (sx, sy) = points[0]
    if len(points) == 3:
        d = f"M{sx:.0f},{sy:.0f} Q{points[1][0]:.0f},{points[1][1]:.0f} {end[0]:.0f},{end[1]:.0f}"
    else:
        d = f"M{sx:.0f},{sy:.0f} L{end[0]:.0f},{end[1]:.0f}"
    return (f'<path d="{d}" fill="none" stroke="{ARROW}" stroke-width="4"/>'
            f'<polygon points="{_pts(tip)}" fill="{ARROW}" stroke="none"/>')


def box(x: float, y: float, w: float, h: float) -> str:
    """A prop: a step, a bench top, a wall, a weight."""
    return (f'<rect x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" rx="3" '
            f'fill="{PROP_FILL}" stroke="{PROP_LINE}" stroke-width="2"/>')


def ball(c: Point, rx: float, ry: float) -> str:
    return (f'<ellipse cx="{c[0]:.0f}" cy="{c[1]:.0f}" rx="{rx:.0f}" ry="{ry:.0f}" '
            f'fill="{PROP_FILL}" stroke="{PROP_LINE}" stroke-width="2"/>')


def band(points: list[Point]) -> str:
    """A resistance band: a dashed line in the arrow colour."""
    return (f'<polyline points="{_pts(points)}" fill="none" stroke="{ARROW}" stroke-width="4" '
            f'stroke-dasharray="3 5"/>')
