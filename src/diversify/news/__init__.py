"""News evidence: articles to deduplicated events, checked claims and a pivot index."""
