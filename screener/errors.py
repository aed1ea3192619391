"""The one error type the public API raises for bad input."""


class InputError(ValueError):
    """Bad input from the reader or a caller: the message says what was wrong, in one line."""


def shown(value: object) -> str:
    """A value as an error message shows it: short and on one line, whatever the input was."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
