"""Event lexicon (fr): PLOVER triggers as data. Adding a trigger is adding a line."""
from . import EventTrigger

TRIGGERS: tuple[EventTrigger, ...] = ()

# word -> (event type, PLOVER mode), for modes told by a nearby word ("au téléphone" -> phone)
MODES: dict[str, tuple[str, str]] = {}
