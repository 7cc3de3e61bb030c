"""reflexmap: an interactive map of the foot's reflex zones, shown as traditional claims."""

__version__ = "0.1.0"
