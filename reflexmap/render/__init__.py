"""Painting with QtGui and QtSvg, no widgets: the printed chart on any device."""
