"""Building blocks of the synthetic sample-document generator (see ../README.md)."""
