"""Recognizers are discovered: a module in this package defining a subclass is enough.

Where each identifier rule lives (rule id, module, class; tests/test_rules_identifiers.py checks this
index against the registry). A rule's message, suggestion, placeholder, why and examples are in
rules/identifiers.yaml. Helpers shared by one family sit next to its rules: birth_cue.py (I701, I702),
facility_names.py (I301, I303). The word tests and lists every recognizer shares are linter/words.py, and
the per-doc token view the doc recognizers read is linter/doc_view.py.

    I101  model_entities.py     ModelPerson
    I102  name_list.py          NameList
    I103  name_cues.py          NameCues
    I104  initials.py           Initials
    I105  caseload.py           Caseload
    I106  signature.py          Signature
    I107  unknown_word.py       UnknownWord
    I108  cjk_names.py          CjkName
    I201  address.py            StreetAddress
    I202  postcode.py           Postcode
    I203  model_entities.py     ModelPlace
    I204  places.py             PlaceList
    I205  places.py             PlaceCues
    I206  address.py            Road
    I207  address_script.py     AddressInScript
    I208  labelled_address.py   LabelledAddress
    I301  named_facility.py     NamedFacility
    I302  hospital_initials.py  HospitalAbbreviation
    I303  employer.py           Employer
    I304  birth_place.py        BirthPlace
    I305  known_hospital.py     KnownHospital
    I401  phone.py              UkPhone
    I402  email.py              Email
    I403  handle.py             HandleOrUrl
    I404  intl_phone.py         InternationalPhone
    I501  dates.py              SpecificDate
    I601  nhs_number.py         NhsNumber
    I602  ni_number.py          NationalInsuranceNumber
    I603  record_number.py      RecordNumber
    I604  payment_card.py       PaymentCard
    I605  bank_account.py       BankAccount
    I606  long_number.py        LongNumber
    I701  birth_weight.py       BirthWeight
    I702  birth_time.py         BirthTime
    I703  gestation.py          PretermGestation
    I704  adult_age.py          AdultAge
    I705  rare_event.py         RareEvent
    I706  occupation.py         OccupationAtPlace
    I707  background.py         BackgroundWithPlace
    I708  immigration_route.py  ImmigrationRoute
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache


def _concrete(cls):
    for sub in cls.__subclasses__():
        if getattr(sub, "RULE", ""):
            yield sub
        yield from _concrete(sub)


@lru_cache(maxsize=1)
def recognizer_classes() -> tuple[type, ...]:
    from ..identifier_rules import bind
    from .base import Recognizer

    for info in pkgutil.iter_modules(__path__):
        if info.name != "base":
            importlib.import_module(f"{__name__}.{info.name}")
    classes = sorted(set(_concrete(Recognizer)), key=lambda c: c.RULE)
    seen: dict[str, type] = {}
    for cls in classes:
        if cls.RULE in seen:
            raise RuntimeError(f"recognizer id {cls.RULE} is used by {seen[cls.RULE].__name__} and {cls.__name__}")
        seen[cls.RULE] = cls
    bind(classes)  # message, suggestion and placeholder from rules/identifiers.yaml, checked both ways
    return tuple(classes)


def by_rule() -> dict[str, type]:
    return {cls.RULE: cls for cls in recognizer_classes()}
