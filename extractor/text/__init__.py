"""Text structure below the figures: the markup-transparent view (``markup``)."""
