"""Helpers for the emulator's end-to-end tests."""
