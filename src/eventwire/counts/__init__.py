"""Reported figures: dead, injured, displaced, arrested, troops, aircraft, ... (see stage)."""
