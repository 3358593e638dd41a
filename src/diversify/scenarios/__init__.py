"""Scenario models: tariffs (partial equilibrium), structural gravity, rerouting, procurement, spending."""
