"""Stand-in for Voila in composegen's offline tests: serves a folder of notebooks as pages of their outputs."""
