"""Zone colours: Paul Tol's colour-blind-safe "muted" scheme, then Okabe-Ito extras."""

from __future__ import annotations

ZONE_COLOURS = (
    "#CC6677",
    "#88CCEE",
    "#DDCC77",
    "#117733",
    "#AA4499",
    "#44AA99",
    "#999933",
    "#882255",
    "#E69F00",
    "#332288",
    "#0072B2",
    "#DDDDDD",
)
SELECTION_COLOUR = "#1565C0"


def zone_colour(index: int) -> str:
    """The colour of the zone at ``index`` in chart order (colours repeat past twelve zones)."""
    return ZONE_COLOURS[index % len(ZONE_COLOURS)]
