"""The widgets: they render the application state and forward what the user does."""

from ..startup import fill_on_the_painting_thread

# Here rather than when the window starts, so that everything painting widgets (tests and
# benchmarks too) paints the way the app does.
fill_on_the_painting_thread()
