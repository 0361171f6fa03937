"""Words of the area finder for a price or value a relative clause after the amount gives its
holder: "de 27 kronor aktien stängde på", "de 5 000 miljarder dollar som marknaden är värd"."""

# What a holder is valued at or closes on, as the clause ends: a share's closing price
# (fonderdirekt:2018-12-19-xxl-hedgefondglädje-och-odinköp-under-skoningslös-dag-för-aktien) and a
# market's worth (fonderdirekt:2019-08-28-credit-suisse-am-ny-aktiefond-med-inriktningen-edutainment).
VALUED_AT = ("är värd", "är värt", "är värda", "var värd", "var värt", "var värda",
             "stängde på", "stängde till", "handlades till", "handlades på", "handlas till",
             "handlas på", "värderas till", "värderades till")
# A holder of one to this many words: "aktien", "den globala utbildningsmarknaden".
HOLDER_MAX_WORDS = 4
