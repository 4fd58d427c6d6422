"""tcgen: generates the typed Python SDK in generated/ from the YAML specs in spec/."""
