"""axe-core in a real page (axe-playwright-python): the violations of some rule tags, and a report to read."""
from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]  # WCAG 2.0, 2.1 and 2.2, A and AA

_AXE = Axe()


def axe_violations(page, tags=WCAG, context=None) -> list[dict]:
    """What axe finds in ``page`` (or in its parts: a selector or axe's include/exclude ``context``)."""
    options = {"runOnly": {"type": "tag", "values": list(tags)}, "resultTypes": ["violations"]}
    return _AXE.run(page, context=context, options=options).response["violations"]


def describe_violations(violations: list[dict]) -> str:
    """Each rule broken, then the first elements that break it and why."""
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} [{len(v['nodes'])} element(s)]")
        for node in v["nodes"][:4]:
            summary = " ".join(node["failureSummary"].split())
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary[:300]}")
    return "\n".join(lines)
