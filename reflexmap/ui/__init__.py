"""The Qt layer: turns core records into widgets and wires their signals."""
