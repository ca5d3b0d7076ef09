"""Reproducible nbdev companion to the face-detection paper Precise Box Score (PBS)

Modules:

- `pbs_paper.download`: Fetch the datasets from their official sources, check every archive's SHA-256, and unpack it into the data root.
- `pbs_paper.eval_fddb`: The FDDB protocol: discrete and continuous ROC curves from one-to-one matches of detections to annotated face ellipses, scored on the image's pixel grid.
- `pbs_paper.eval_wider`: The official easy / medium / hard AP of the WIDER FACE val set, number for number, in about a second on one CPU core.
- `pbs_paper.experiments`: Run specs, the `paper` and `cpu` recipes, convergence checks and the held-out ROC that replaces FDDB at cpu scale.
- `pbs_paper.tables`: Every table and figure of the paper beside our runs, at both scales, with the settings each run used."""

__version__ = "0.0.1"
