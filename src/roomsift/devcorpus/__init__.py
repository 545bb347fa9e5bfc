"""Labelled development corpus for triage (Telegram Desktop exports + truth), see generate.py."""
