"""Jointwork: joint working agreements between public regulators."""
