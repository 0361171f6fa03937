"""Abbreviations whose final period does not end a sentence ("bl.a. SKL", "ca. 30 Mkr")."""

ABBREVIATIONS = ("bl.a", "t.ex", "m.m", "d.v.s", "o.s.v", "s.k", "fr.o.m", "t.o.m", "p.g.a",
                 "f.d", "dvs", "ca", "kl", "nr", "resp", "inkl", "exkl", "milj", "jfr", "tel",
                 "bl", "St", "Dr", "prof", "doc", "ev", "osv", "mfl", "m.fl",
                 "f.å", "föreg", "fg")    # interim reports: "(f.å. 8,1)", "(fg. år 2,1)"
