__version__ = "0.1.0"

#: Version of the adapter contract (``marketmsg.adapter``). Bumped on any breaking change to
#: what adapters implement; the registry refuses adapters built for another version.
ADAPTER_API_VERSION = 2
