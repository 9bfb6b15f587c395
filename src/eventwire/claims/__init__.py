"""Claims: accusations, allegations and warnings with evidence status, and the answers to them."""
