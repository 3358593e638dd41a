"""Reference tables: countries, blocs with membership dates, product codes."""
