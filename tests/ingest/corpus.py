"""The documents the accuracy tests run on, with their hand-checked expected results."""

from __future__ import annotations

import json
from pathlib import Path

from tests.ingest.builders import FSA_EA_PAGES, make_docx_isa, make_pdf

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "expected"
FIXTURES = HERE / "fixtures"


def seeds_dir() -> Path | None:
    """``shared/seeds`` beside the checkout (``../shared``), found from any worktree depth."""
    for parent in HERE.parents:
        candidate = parent / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None


SEEDS = sorted(p.stem for p in EXPECTED.glob("0*.json"))
# Documents written for these tests in other bodies' styles. The Welsh protocol and the outbreak
# ISP were held out: their expected results were written before the parser first ran on them
# (see docs/ingest.md for the first-run figures).
OWN = [
    "hse-orr-btp-mou",
    "nmc-psa-protocol",
    "gmc-hwe-isa",
    "fsa-ea-mou",
    "wales-inspectorates-protocol",
    "outbreak-isp",
]
# Written for a larger blind measurement: documents and expected results were committed before
# the parser first ran on them; the rules were then tuned on them, so they are no longer blind
# (first-run and after figures in docs/ingest.md).
BLIND = ["scottish-regulators-mou", "swe-dbs-data-sharing", "phso-hcpc-protocol"]
# Blind set 2: five documents in layouts the corpus lacked (Word without heading styles, a
# typeset PDF, a GOV.UK page, a plain-text MoU of four parties, markdown terms of reference),
# committed with hand-written expected results before the parser first ran on them. The Word
# and PDF files are rebuilt by ``tests/ingest/blind2_build.py``.
BLIND2 = ["ofsted-la-isa", "hos-rsh-liaison", "lgsco-hse-protocol", "cqc-nhse-mou", "forum-terms"]
_BUILT = {"gmc-hwe-isa": make_docx_isa, "fsa-ea-mou": lambda: make_pdf(FSA_EA_PAGES)}


def expected(name: str) -> dict:
    return json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))


def document(name: str) -> tuple[bytes, str] | None:
    """(bytes, file name) of a corpus document, or None when the seeds are not checked out."""
    source = expected(name)["source"]
    if name in _BUILT:
        return _BUILT[name](), source
    if name in SEEDS:
        seeds = seeds_dir()
        return ((seeds / source).read_bytes(), source) if seeds else None
    return (FIXTURES / source).read_bytes(), source


# Held out: written with their expected results by someone who never saw the parser, kept out of
# the repository while the parser was tuned on the sets above, and measured once (first-run
# figures in docs/ingest.md). Rebuild with tests/ingest/heldout_build.py.
HELDOUT = [
    "charity-commission-hmrc-dsa",
    "hta-hfea-mhra-mou",
    "rsh-housing-ombudsman-jwp",
    "nuclear-regulators-concordat",
]
# Held out the same way, written while the parser was tuned on HELDOUT, and measured once on main
# 575976d (first-run figures in docs/ingest.md). Rebuild with tests/ingest/heldout2_build.py.
HELDOUT2 = ["fca-tpr-isa", "plymouth-fire-safety-jwp", "ofcom-ico-mou"]
# Held out the same way while the parser was tuned on HELDOUT and HELDOUT2, and measured once on
# main f082f4e (first-run figures in docs/ingest.md). Rebuild with tests/ingest/heldout3_build.py.
HELDOUT3 = [
    "insolvency-sra-isa",
    "cma-ofwat-dwi-mou",
    "historic-england-peak-district-protocol",
    "sia-gmp-manchester-liaison",
]
# Held out the same way while the parser was tuned on HELDOUT3, and measured once on main
# 277395f (first-run figures in docs/ingest.md). Rebuild with tests/ingest/heldout4_build.py.
HELDOUT4 = [
    "gambling-commission-asa-isa",
    "hmip-imb-ppo-protocol",
    "ofqual-ofs-mou",
    "opg-leeds-liaison",
]
# Held out the same way while the keyword fallback was built on HELDOUT4, and measured once on
# main 4f31247 (first-run figures in docs/ingest.md). Rebuild with tests/ingest/heldout5_build.py.
HELDOUT5 = [
    "caa-aaib-isa",
    "leo-bsb-protocol",
    "mmo-mca-ne-mou",
    "ur-hseni-liaison",
]
# Held out the same way while the parser was tuned on HELDOUT4 and HELDOUT5, and measured once
# on main 0e2fa2a (first-run figures in docs/ingest.md). Rebuild: tests/ingest/heldout6_build.py.
HELDOUT6 = [
    "ehrc-shrc-mou",
    "iopc-avon-somerset-liaison",
    "tpo-maps-isa",
    "ukhsa-lpha-protocol",
]
# Held out the same way while the parser was tuned on HELDOUT6, and measured once on main
# f285970 (first-run figures in docs/ingest.md). Rebuild: tests/ingest/heldout7_build.py.
HELDOUT7 = [
    "ec-tvp-cps-protocol",
    "fc-norfolk-mou",
    "oscr-companies-house-isa",
]
# Held out the same way (written blind by a helper in this session's brief, never shown the
# parser) while the parser was given general review, party and table rules, and measured once
# on main a6861a6 (first-run figures in docs/ingest.md). Rebuild: tests/ingest/heldout8_build.py.
HELDOUT8 = [
    "dvla-dvsa-vca-isa",
    "london-travelwatch-tfl-liaison-agreement",
    "national-highways-transport-focus-mou",
    "traffic-commissioners-dvla-joint-working-protocol",
]
# Held out the same way while the parser was tuned on HELDOUT8, and measured once on main
# 2f85e0e (first-run figures in docs/ingest.md). Rebuild: tests/ingest/heldout9_build.py.
HELDOUT9 = [
    "cafcass-greater-essex-jwp",
    "cco-yjb-mou",
    "hmcts-ccrc-mou",
    "tra-kent-isa",
]
# Held out the same way while the parser was tuned on HELDOUT9, and measured once on main
# db28335 (first-run figures in docs/ingest.md). Rebuild: tests/ingest/heldout10_build.py.
HELDOUT10 = [
    "hmlr-voa-isa",
    "nsta-crown-estate-liaison",
    "ofgem-citizens-advice-jwp",
    "psr-ombudsman-mou",
]
# Held out the same way while the parser was tuned on HELDOUT10, and measured once, with
# HELDOUT12, on main ea238f9 (first-run figures in docs/ingest.md). Rebuild:
# tests/ingest/heldout11_build.py.
HELDOUT11 = [
    "gphc-psni-liaison-agreement",
    "mwc-spso-joint-working-protocol",
    "rqia-niscc-isa",
    "scw-psow-opcw-mou",
]
# Held out the same way, measured once with HELDOUT11 on main ea238f9. Rebuild:
# tests/ingest/heldout12_build.py.
HELDOUT12 = [
    "coal-authority-network-rail-raib-concordat",
    "dsa-maib-mou",
    "glaa-hmpo-passports-isa",
    "icibi-border-force-jwp",
]
# Held out the same way while the parser was tuned on HELDOUT11 and HELDOUT12, and measured once,
# with HELDOUT14, on main 471ad24 (first-run figures in docs/ingest.md). Rebuild:
# tests/ingest/heldout13_build.py.
HELDOUT13 = [
    "cadw-rcahmw-working-arrangements",
    "oia-medr-jwp",
    "tna-ace-ukri-mou",
    "ukri-slc-isa",
]
# Held out the same way, measured once with HELDOUT13 on main 471ad24. Rebuild:
# tests/ingest/heldout14_build.py.
HELDOUT14 = [
    "acas-eas-mou",
    "cac-co-jwp",
    "tss-ipo-isa",
    "vmd-apha-fss-liaison",
]
# Held out the same way while the parser was tuned on HELDOUT13 and HELDOUT14, and measured once,
# with HELDOUT16, on main 55e7561 (first-run figures in docs/ingest.md). Rebuild:
# tests/ingest/heldout15_build.py.
HELDOUT15 = [
    "dwqr-wics-consumer-scotland-mou",
    "lincolnshire-witham-fourth-idb-jwp",
    "planning-inspectorate-canal-river-trust-liaison",
    "rpa-ahdb-isa",
]
# Held out the same way, measured once with HELDOUT15 on main 55e7561. Rebuild:
# tests/ingest/heldout16_build.py.
HELDOUT16 = [
    "fundraising-regulator-ccni-mou",
    "lgbce-sandwell-isa",
    "sgsa-rotherham-jwp",
    "ukad-sport-england-uk-sport-mou",
]
# Held out the same way while the parser was tuned on HELDOUT15 and HELDOUT16, and measured
# once, with HELDOUT18, on main 88634de (first-run figures in docs/ingest.md). Rebuild:
# tests/ingest/heldout17_build.py.
HELDOUT17 = [
    "goc-nhscfa-nhsbsa-liaison",
    "gosc-gcc-protocol",
    "nhs-resolution-gdc-mou",
    "sas-phs-isa",
]
# Held out the same way, measured once with HELDOUT17 on main 88634de. Rebuild:
# tests/ingest/heldout18_build.py.
HELDOUT18 = [
    "cornwall-falmouth-harbour-jwp",
    "general-lighthouse-authorities-mou",
    "hial-orkney-liaison-agreement",
    "iow-council-cowes-harbour-isa",
]
# Held out the same way while the parser was tuned on HELDOUT17 and HELDOUT18, and measured
# once, with HELDOUT20, on main 909bfaf (first-run figures in docs/ingest.md). Rebuild:
# tests/ingest/heldout19_build.py.
HELDOUT19 = [
    "cefas-jncc-mou",
    "crofting-commission-highland-liaison-agreement",
    "fls-naturescot-hes-isa",
    "oep-ess-joint-working-protocol",
]
# Held out the same way, measured once with HELDOUT19 on main 909bfaf. Rebuild:
# tests/ingest/heldout20_build.py.
HELDOUT20 = [
    "jcio-jaco-mou",
    "nips-pbni-pcni-isa",
    "ssc-sentencing-council-mou",
    "vc-iasc-joint-working-protocol",
]
# Held out the same way after all the tuning of this session (sets 8-20), and measured once, with
# HELDOUT22, on main 5ba3d1c: the parser as it stands, on documents it has never seen (figures
# in docs/ingest.md).
HELDOUT21 = [
    "homes-england-cherwell-mou",
    "mhclg-lease-isa",
    "nihe-belfast-lps-hmo-liaison",
    "shr-accounts-commission-jwp",
]
# Held out the same way, measured once with HELDOUT21 on main 5ba3d1c.
HELDOUT22 = [
    "bcw-ons-isa",
    "cpa-cspl-mou",
    "nao-audit-scotland-niao-jwp",
    "osr-niao-liaison",
]
# Held out the same way in the next session, and measured once, with HELDOUT24, on main
# 7160ee1 (figures in docs/ingest.md).
HELDOUT23 = [
    "dcms-bbfc-joint-working-protocol",
    "ecni-nihrc-nipso-mou",
    "poole-harbour-bcp-liaison-agreement",
    "qaa-ifate-isa",
]
# Held out the same way, measured once with HELDOUT23 on main 7160ee1.
HELDOUT24 = [
    "audit-wales-commissioners-concordat",
    "nhsbt-hra-mou",
    "pra-fscs-mou",
    "sfc-obr-isp",
]
# Held out the same way after the tuning to sets 23-24, and measured once, with HELDOUT26, on
# main 4f44ce0 (figures in docs/ingest.md).
HELDOUT25 = [
    "bob-health-resilience-concordat",
    "dfi-niea-isa",
    "gad-dmo-nsandi-mou",
    "herts-opss-jwp",
]
# Held out the same way, measured once with HELDOUT25 on main 4f44ce0.
HELDOUT26 = [
    "arb-engineering-council-mou",
    "cpca-ate-liaison",
    "scts-slab-mou",
    "sfc-sds-isa",
]
# Held out the same way after the tuning to sets 25-26, and measured once, with HELDOUT28, on
# main da86d51 (figures in docs/ingest.md).
HELDOUT27 = [
    "cumberland-severe-weather-liaison",
    "kch-fsr-isa",
    "prisoner-ombudsman-sehsct-jwp",
    "scs-esc-mou",
]
# Held out the same way, measured once with HELDOUT27 on main da86d51.
HELDOUT28 = [
    "kew-rbge-mou",
    "laa-dwp-benefit-check-isa",
    "notts-probation-childrens-jwp",
    "scottish-justice-scrutiny-concordat",
]
# Held out the same way after the tuning to sets 27-28, and measured once, with HELDOUT30, on
# main 26dfd21 (figures in docs/ingest.md).
HELDOUT29 = [
    "gtcs-disclosure-scotland-jwp",
    "ni-policing-oversight-mou",
    "pla-ukho-mou",
    "sheffield-shsc-isa",
]
# Held out the same way, measured once with HELDOUT29 on main 26dfd21; its writer saw more of
# docs/ingest.md "Obligation candidates" than the brief allows (the list of kinds and the
# keyword-fallback note, no code), so it is reported apart as well.
HELDOUT30 = [
    "home-office-dac-mou",
    "ifca-shared-waters-liaison",
    "opdc-ealing-jwp",
    "revenue-scotland-ros-isa",
]
# Held out the same way after the tuning to sets 29-30, and measured once on main 0944bd8's
# parser (the commits after it change only data and docs), the parser at the end of the fourth
# session (figures in docs/ingest.md).
HELDOUT31 = [
    "lee-valley-park-liaison-agreement",
    "sfo-frc-isa",
    "srwc-transport-scotland-mou",
    "suffolk-trading-standards-licensing-jwp",
]
# Held out the same way after the tuning to sets 29-30, and measured once on main 0944bd8, the
# parser at the end of the fourth session (figures in docs/ingest.md).
HELDOUT32 = [
    "emas-derby-falls-jwp",
    "eti-gtcni-mou",
    "qw-sqa-ccea-concordat",
    "wast-abuhb-falls-isa",
]
# Held out the same way after the tuning to sets 31-32 (fifth session), and measured once on
# main c7edea2 (figures in docs/ingest.md).
HELDOUT35 = [
    "glasgow-scottish-water-scottish-canals-jwp",
    "ipsa-compliance-officer-commissioner-isa",
    "llais-cardiff-vale-mou",
    "pps-ni-coroners-service-liaison",
]
# Held out the same way after the tuning to sets 31, 32 and 35 (fifth session), and measured
# once on main 4055e4e (figures in docs/ingest.md).
HELDOUT33 = [
    "birmingham-oisc-jwp",
    "dart-harbour-south-hams-liaison",
    "niccy-copni-cvsni-mou",
    "nrs-social-security-scotland-isa",
]
# Held out the same way after the tuning to sets 31, 32, 33 and 35 (fifth session), and measured
# once on main ce68c23 (figures in docs/ingest.md).
HELDOUT36 = [
    "cheshire-coroner-area-mou",
    "cica-ospt-isa",
    "clc-cilex-regulation-mou",
    "slcc-law-society-scotland-jwp",
]
# Held out the same way after the tuning to sets 31-33, 35 and 36 (fifth session), and measured
# once on main c7f43d6 (figures in docs/ingest.md).
HELDOUT37 = [
    "ipco-adur-worthing-liaison",
    "jac-jabs-nijac-mou",
    "leicestershire-hinckley-bosworth-flood-jwp",
    "sps-parole-board-scotland-isa",
]
# Held out the same way after the tuning to sets 31-33 and 35-37 (fifth session), measured once
# on main 8bb69e1; its writer saw more of docs/ingest.md "Obligation candidates" than the brief
# allows (the list of kinds and the start of the keyword-fallback note, no code), so it is
# reported apart as well.
HELDOUT38 = [
    "enterprise-agencies-concordat",
    "heiw-dhcw-mou",
    "pca-sbc-joint-working-protocol",
    "wdc-dabvjb-isa",
]
# Held out the same way after the tuning to sets 31-33 and 35-38 (fifth session), and measured
# once on main 672ada6 (figures in docs/ingest.md).
HELDOUT34 = [
    "aib-copfs-mou",
    "somerset-watercourses-jwp",
    "tnlcf-heritage-fund-isa",
    "uk-ets-authority-concordat",
]
# Held out the same way after the tuning to sets 31-38 (fifth session), measured once on main
# 2709f53; its writer saw the list of kinds in docs/ingest.md "Obligation candidates" and the
# start of the keyword-fallback note (no code), so it is reported apart as well.
HELDOUT39 = [
    "ccfw-ewc-mou",
    "gca-pca-sbc-concordat",
    "middle-level-fenland-huntingdonshire-liaison",
    "niwater-consumer-council-isa",
]
# Held out the same way after the tuning to sets 31-39 (fifth session), measured once on main
# 47f8705, the parser at the end of the session; its writer saw the list of kinds in
# docs/ingest.md "Obligation candidates" (no code), so it is reported apart as well.
HELDOUT40 = [
    "ccc-desnz-isa",
    "hs2-warwickshire-jwp",
    "pca-sbc-mou",
    "scra-chs-liaison",
]
