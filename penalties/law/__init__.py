"""The statutes, one module per act, each reading like the act itself."""
