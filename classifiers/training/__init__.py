"""Training and evaluation of the text model from the labelled corpus."""
