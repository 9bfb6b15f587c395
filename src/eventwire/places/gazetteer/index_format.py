"""What an index file promises its readers: the format version (part of the file name, so a
new version is built beside the old one) and the notes it writes into ``Place.reason``."""

from __future__ import annotations

VERSION = "13"
COUNTY_NOTE = "county coordinates estimated from its state's centre"
ZIP_NOTE = "county coordinates estimated as the centre of its ZIP code points"
