"""roomsift: evidence-backed investigation of messenger chat-room exports."""

__version__ = "0.1.0"
