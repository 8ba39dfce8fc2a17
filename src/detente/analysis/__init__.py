"""Analysis over the event store: what happened between two actors, and when it turned.

    fusion       which events of different articles report one happening (canonical events)
    dyad         per-period series of a pair: counts by quad and PLOVER type, scores, intensities
    escalation   the escalation index of a pair and its turning points (onset, peak, de-escalation)
    alerts       dyads whose index crosses the threshold or jumps, newest first, with evidence
    settings     the one table of tunable numbers (name, default, help)

Importing this package loads nothing; pandas and ruptures load with the modules that use them.
"""
