"""The application: its state, the actions on it, and the use cases the window and CLI share."""
