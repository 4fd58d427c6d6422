# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""One module per data type: its model and its fields' constraints."""
