# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""One module per action: its request and response models and its input constraints."""
