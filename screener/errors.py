"""The one error type the public API raises for bad input."""


class InputError(ValueError):
    """Bad input from the reader or a caller: the message says what was wrong, in one line."""
