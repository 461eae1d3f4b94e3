"""The stages every format shares, in pipeline order: sections → meta →
tables → checks → facts → statements. Each takes the document model (or the
previous stage's output) and knows nothing of the format it came from."""
