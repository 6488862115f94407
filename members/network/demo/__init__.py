"""Demo of the network."""
