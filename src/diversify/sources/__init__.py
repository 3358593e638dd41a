"""One module per public dataset: read, validate, normalise to the warehouse schema."""
