"""The exercise diagrams' stick figures, drawn from poses into docs/assets/exercise-diagrams."""
