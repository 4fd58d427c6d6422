"""Test-side support: an independent TC3 verifier and an HTTP server answering with examples."""
