"""Demo content for load_demo_content."""
