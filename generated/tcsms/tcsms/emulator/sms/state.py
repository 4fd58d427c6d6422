# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The SMS emulator's state tables and the values its rows hold."""

from __future__ import annotations

__all__ = ["APPROVED", "FAILURE_REASONS", "REJECTED", "SCHEMA", "UNDER_REVIEW"]

# Review status codes, as DescribeSignListStatus and DescribeTemplateListStatus document them.
APPROVED = 0
UNDER_REVIEW = 1
REJECTED = -1

# CallbackStatusStatistics counts failures by reason; an admin rule gives a number's reason.
FAILURE_REASONS = ("internal_error", "invalid_number", "shutdown", "blacklist", "frequency_limit")

# Signatures and templates under review, sent messages with their delivery reports, replies, and
# the admin's rules for numbers (blocked, or failing with a receipt code).
SCHEMA = """
CREATE TABLE IF NOT EXISTS signs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, sign_type INTEGER,
    document_type INTEGER, international INTEGER NOT NULL, sign_purpose INTEGER,
    proof_image TEXT, commission_image TEXT, remark TEXT, status INTEGER NOT NULL,
    review_reply TEXT NOT NULL DEFAULT '', create_time INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS templates (
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, content TEXT NOT NULL,
    sms_type INTEGER, international INTEGER NOT NULL, remark TEXT, status INTEGER NOT NULL,
    review_reply TEXT NOT NULL DEFAULT '', create_time INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    serial_no TEXT PRIMARY KEY, app_id TEXT NOT NULL, phone TEXT NOT NULL,
    nation_code TEXT NOT NULL, subscriber TEXT NOT NULL, iso_code TEXT NOT NULL,
    template_id TEXT NOT NULL, sign_name TEXT NOT NULL, content TEXT NOT NULL,
    session_context TEXT NOT NULL, fee INTEGER NOT NULL, code TEXT NOT NULL,
    sent_at INTEGER NOT NULL, report_status TEXT, receipt_code TEXT, receipt_description TEXT,
    failure_reason TEXT, receive_time INTEGER, pulled INTEGER NOT NULL DEFAULT 0,
    callback_ok INTEGER, conversion_time INTEGER
);
CREATE INDEX IF NOT EXISTS messages_by_app ON messages (app_id, pulled, sent_at);
CREATE INDEX IF NOT EXISTS messages_by_phone ON messages (phone, sent_at);
CREATE TABLE IF NOT EXISTS replies (
    id INTEGER PRIMARY KEY AUTOINCREMENT, app_id TEXT NOT NULL, phone TEXT NOT NULL,
    nation_code TEXT NOT NULL, subscriber TEXT NOT NULL, sign_name TEXT NOT NULL,
    extend_code TEXT NOT NULL, text TEXT NOT NULL, reply_time INTEGER NOT NULL,
    pulled INTEGER NOT NULL DEFAULT 0, callback_ok INTEGER
);
CREATE INDEX IF NOT EXISTS replies_by_phone ON replies (phone, reply_time);
CREATE TABLE IF NOT EXISTS number_rules (
    phone TEXT PRIMARY KEY, blocked INTEGER NOT NULL DEFAULT 0, receipt_code TEXT,
    failure_reason TEXT
);
"""
