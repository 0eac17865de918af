#!/bin/sh
# Imports this NewsGraph export into a new Neo4j database (default neo4j), replacing it.
# Stop Neo4j first; then: sh import.sh [database]
set -e
cd "$(dirname "$0")"
neo4j-admin database import full --overwrite-destination --multiline-fields=true \
  --nodes=meetings.csv \
  --nodes=organizations.csv \
  --nodes=persons.csv \
  --nodes=places.csv \
  --relationships=attended.csv \
  --relationships=presided.csv \
  --relationships=reported.csv \
  --relationships=spoke.csv \
  "${1:-neo4j}"
