"""Everything the user reads: HTML report, findings.csv, audit.json, policy packs and catalogues."""
