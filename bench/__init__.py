"""Performance benchmark: data generator, settings and the measuring run."""
