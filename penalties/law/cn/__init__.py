"""People's Republic of China."""
