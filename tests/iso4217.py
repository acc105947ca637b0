"""ISO 4217 alphabetic currency codes: test data for "a record's currency is a real code".

Source: ISO 4217 List One (current currency and funds code list), as published by the
standard's maintenance agency (SIX Group), 2024 edition, with the codes that list added since
(ZWG, 2024; XCG, 2025) and the codes it lists as being phased out still present (ANG, SLL,
ZWL, CUC), since text written before the change still names them. Funds and special codes
(BOV, CHE, XAU, XDR, XXX, ...) are included because they are on the list; no code off the
list is here (no CNH, RMB, NTD: those are market or colloquial names, which the lexicon maps
to CNY and TWD).

``tests/test_properties.py`` checks that every code ``extractor/lexicon/currencies.py`` can
produce is in ``ACTIVE``.
"""

from __future__ import annotations

ACTIVE: frozenset[str] = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN
    BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
    CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK
    DJF DKK DOP DZD
    EGP ERN ETB EUR
    FJD FKP
    GBP GEL GHS GIP GMD GNF GTQ GYD
    HKD HNL HTG HUF
    IDR ILS INR IQD IRR ISK
    JMD JOD JPY
    KES KGS KHR KMF KPW KRW KWD KYD KZT
    LAK LBP LKR LRD LSL LYD
    MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN
    NAD NGN NIO NOK NPR NZD
    OMR
    PAB PEN PGK PHP PKR PLN PYG
    QAR
    RON RSD RUB RWF
    SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL
    THB TJS TMT TND TOP TRY TTD TWD TZS
    UAH UGX USD USN UYI UYU UYW UZS
    VED VES VND VUV
    WST
    XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX
    YER
    ZAR ZMW ZWG ZWL
    """.split()
)
