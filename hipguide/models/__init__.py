"""Typed models of every data file kind; unknown keys are refused everywhere."""
from .advice import Advice
from .clinic import Clinic
from .condition import Condition
from .exercise import Exercise
from .faq import Faq
from .symptom_checker import SymptomChecker

__all__ = ["Advice", "Clinic", "Condition", "Exercise", "Faq", "SymptomChecker"]
