"""Policy packs as data: one JSON file per jurisdiction (clauses, tiers, actions, priority weights)."""
