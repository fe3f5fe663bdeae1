"""Application constants used by the revisions."""
NAME_LENGTH = 120
CODE_LENGTH = 4 * 2
STATES = ("new", "used")
