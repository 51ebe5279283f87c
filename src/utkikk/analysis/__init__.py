"""Pure analysis over event rows: dyad series, network layout, alerts.

Nothing here touches the database; :mod:`utkikk.store.queries` hands over plain rows, so each
function can be tested on a handful of hand-made events.
"""
