"""The Qt-free core: the chart model, its loaders and everything computed from it."""
