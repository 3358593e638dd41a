"""Reports: the dependency report as a dict (the JSON contract), text, CSV, HTML and PDF."""
