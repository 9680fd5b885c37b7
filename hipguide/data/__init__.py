"""Reading and checking the clinic's data: YAML, models, cross-checks, one registry of collections."""
