# The rule set's version: bump it whenever a rule or a message changes.
RULES_VERSION = "2026.11.1"
