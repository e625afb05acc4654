"""Rule lexicon for English (annotations/lexicons/en.yaml).

Table-driven: every sentence here is invented for the test (generic statutory phrasing in the
Commonwealth, US and Philippine drafting styles, never a quotation of a law).  Positive cases for
the main codes, and near misses for the traps of English legal vocabulary: drug, arms and property
"trafficking", migrant smuggling, "penal servitude", Philippine provisos ("Provided, That"),
protective custody, psychosocial counselling, the Attorney General, "appropriate" measures, consent
of company officers, catalogues of offences named by section number, sentencing factors."""

from __future__ import annotations

import re

import pytest
from lexicon_checks import GROUP_OF_ID, SDG_CUES

from lexcompare.resources import annotations_dir
from lexcompare.tagging import tag_text
from lexcompare.tagging.ontology import load_ontology
from lexcompare.tagging.rules import Rule, _load

# ids that other tools and recorded tags refer to: they must keep existing
STABLE_IDS = {
    "en.def.act.verbs",
    "en.def.means.list",
    "en.def.purpose.sexual",
    "en.def.purpose.labour",
    "en.def.purpose.slavery",
    "en.def.purpose.servitude",
    "en.def.purpose.organs",
    "en.def.purpose.other",
    "en.def.consent",
    "en.def.child",
    "en.def.child.nomeans",
    "en.crim.offence",
    "en.crim.attempt",
    "en.crim.accomplice",
    "en.crim.organize",
    "en.crim.penalty",
    "en.crim.aggrav.strong",
    "en.crim.aggrav.circumstances",
    "en.crim.legalperson",
    "en.crim.useservices",
    "en.crim.documents",
    "en.crim.jurisdiction",
    "en.crim.confiscation",
    "en.vic.nonpunish",
    "en.vic.identify",
    "en.vic.privacy",
    "en.vic.proceedings",
    "en.vic.assistance",
    "en.vic.child",
    "en.vic.child.care",
    "en.vic.safety",
    "en.vic.compensation",
    "en.vic.residence",
    "en.vic.repatriation",
    "en.prev.policy",
    "en.prev.awareness",
    "en.prev.rootcauses",
    "en.prev.demand",
    "en.coop.info",
    "en.coop.training",
    "en.coop.border",
    "en.coop.documents",
    "en.inst.coord",
    "en.inst.data",
    "en.inst.fund",
    "en.gen.saving",
    "en.sdg.5_2",
    "en.sdg.16_2",
    "en.sdg.5_3",
    "en.sdg.8_7",
    "en.sdg.8_8",
    "en.sdg.10_7",
    "en.sdg.16_4",
}


def _own_rules() -> list[Rule]:
    lex = _load(annotations_dir() / "lexicons" / "en.yaml", ())
    return [r for r in lex.rules if r.id.startswith("en.")]


def test_lexicon_covers_every_element_and_sdg_cue() -> None:
    onto = load_ontology()
    codes = {r.code for r in _own_rules()}
    missing = set(onto.codes) - codes
    assert not missing, f"no rule for {sorted(missing)}"
    cues = {c[4:] for c in codes if c.startswith("SDG:")}
    assert cues >= SDG_CUES, f"no cue rule for {sorted(SDG_CUES - cues)}"
    assert codes <= set(onto.codes) | {f"SDG:{t}" for t in onto.target_codes}


def test_rule_ids_are_stable_and_grouped() -> None:
    pattern = re.compile(r"^en\.[a-z]+\.[a-z0-9_]+(?:\.[a-z0-9_]+)*$")
    rules = _own_rules()
    ids = {r.id for r in rules}
    assert ids >= STABLE_IDS, f"rule ids disappeared: {sorted(STABLE_IDS - ids)}"
    for r in rules:
        assert pattern.match(r.id), r.id
        group = GROUP_OF_ID[r.id.split(".")[1]]
        assert r.code.split(".")[0].split(":")[0] == group, f"{r.id} tags {r.code}"


def test_generic_criminal_rules_are_gated() -> None:
    """Penalty, attempt, aggravation, confiscation and jurisdiction words occur in every penal
    code: those rules fire only in provisions about trafficking-type conduct."""
    by_id = {r.id: r for r in _own_rules()}
    for rid in (
        "en.crim.offence",
        "en.crim.penalty",
        "en.crim.attempt",
        "en.crim.aggrav.strong",
        "en.crim.aggrav.circumstances",
        "en.crim.confiscation",
        "en.crim.jurisdiction",
        "en.crim.organize",
        "en.crim.accomplice",
        "en.inst.fund",
    ):
        assert by_id[rid].gate, f"{rid} has no domain gate"


# (case id, text, codes that must be tagged, codes that must not be tagged)
CASES: list[tuple[str, str, set[str], set[str]]] = [
    # --- definition -----------------------------------------------------------------------------
    (
        "definition-offence",
        "A person commits an offence of trafficking in persons if he recruits, transports, "
        "transfers, harbours or receives another person by means of threat, force, deception or "
        "abuse of a position of vulnerability for the purpose of exploitation.",
        {"DEF.ACT", "DEF.MEANS", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "purposes",
        "In this Part, “exploitation” includes the prostitution of others or other forms of "
        "sexual exploitation, forced labour or services, slavery or practices similar to slavery, "
        "servitude and the removal of organs.",
        {
            "DEF.PURPOSE.SEXUAL",
            "DEF.PURPOSE.LABOUR",
            "DEF.PURPOSE.SLAVERY",
            "DEF.PURPOSE.SERVITUDE",
            "DEF.PURPOSE.ORGANS",
        },
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "purposes-other",
        "For the purposes of this Act, exploitation includes forced begging, forced marriage and "
        "the use of children in armed conflict.",
        {"DEF.PURPOSE.OTHER"},
        set(),
    ),
    (
        "consent-irrelevant",
        "The consent of a victim of trafficking to the intended exploitation shall be irrelevant "
        "where any of the means set out in section 3 has been used.",
        {"DEF.CONSENT"},
        set(),
    ),
    (
        "consent-no-defence",
        "It is no defence to a charge of trafficking that the trafficked person consented to the "
        "exploitation.",
        {"DEF.CONSENT"},
        set(),
    ),
    (
        "child-defined",
        "In this Act, “child” means a person under the age of eighteen years.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "child-no-means",
        "Where the victim of trafficking is a child, the prosecution need not prove the use of "
        "force, fraud or coercion.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "us-forced-labor",
        "Forced labor. Whoever knowingly provides or obtains the labor or services of a person by "
        "means of force or threats of serious harm shall be fined or imprisoned not more than 20 "
        "years, or both.",
        {"DEF.PURPOSE.LABOUR", "DEF.MEANS", "CRIM.OFFENCE", "CRIM.PENALTY"},
        {"DEF.ACT"},
    ),
    (
        "bonded-labour-offence",
        "Whoever compels any person to render bonded labour shall be punishable with imprisonment "
        "for a term which may extend to three years.",
        {"DEF.PURPOSE.SLAVERY", "CRIM.OFFENCE", "CRIM.PENALTY"},
        {"DEF.PURPOSE.LABOUR"},
    ),
    (
        "slave-trade",
        "Whoever kidnaps, entices or carries away any other person with the intent that such "
        "person be sold into involuntary servitude or held as a slave shall be fined or "
        "imprisoned.",
        {"DEF.ACT", "DEF.MEANS", "DEF.PURPOSE.SLAVERY", "DEF.PURPOSE.SERVITUDE", "CRIM.OFFENCE"},
        {"CRIM.CONFISCATION"},
    ),
    (
        "uk-travel",
        "A person commits an offence if the person arranges or facilitates the travel of another "
        "person with a view to that person being exploited.",
        {"DEF.ACT", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "uk-slavery",
        "A person commits an offence if the person holds another person in slavery or servitude "
        "or requires another person to perform forced or compulsory labour.",
        {"DEF.PURPOSE.SLAVERY", "DEF.PURPOSE.SERVITUDE", "DEF.PURPOSE.LABOUR", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "traffics-in",
        "Whoever traffics in any woman or child for the purpose of prostitution shall be punished "
        "with rigorous imprisonment.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    # --- criminalisation ------------------------------------------------------------------------
    (
        "penalty",
        "Whoever commits the offence of trafficking shall be punished with rigorous imprisonment "
        "for a term which may extend to ten years, and shall also be liable to fine.",
        {"CRIM.PENALTY", "CRIM.OFFENCE"},
        {"CRIM.AGGRAV"},
    ),
    (
        "aggravation",
        "Where the offence of trafficking in persons is committed against a child, or results in "
        "the death of the victim, the offender shall be liable to imprisonment for life.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"CRIM.OFFENCE"},
    ),
    (
        "attempt",
        "Any person who attempts to commit an offence of trafficking in persons under this Part "
        "shall be liable to the same penalty as for the completed offence.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    (
        "accomplice",
        "A person who aids, abets or counsels the commission of an offence of trafficking in "
        "persons commits an offence.",
        {"CRIM.ACCOMPLICE"},
        set(),
    ),
    (
        "conspiracy",
        "Any person who conspires with another to commit an offence of trafficking in persons "
        "shall be liable to imprisonment for fifteen years.",
        {"CRIM.ORGANIZE", "CRIM.PENALTY"},
        {"CRIM.ACCOMPLICE"},
    ),
    (
        "organised-group",
        "If the offence of trafficking is committed by an organised criminal group, the penalty "
        "shall be doubled.",
        {"CRIM.AGGRAV", "CRIM.ORGANIZE"},
        set(),
    ),
    (
        "legal-person",
        "Where an offence of trafficking is committed by a body corporate, the body corporate "
        "shall be liable to a fine and its licence may be revoked.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "client",
        "A person who knowingly obtains the sexual services of a victim of trafficking commits an "
        "offence.",
        {"CRIM.USESERVICES"},
        set(),
    ),
    (
        "documents",
        "Any person who, for the purpose of trafficking, destroys, conceals or withholds the "
        "passport or identity document of another person commits an offence.",
        {"CRIM.DOCUMENTS"},
        set(),
    ),
    (
        "jurisdiction",
        "The courts shall have jurisdiction over an offence of trafficking in persons committed "
        "outside the country by a citizen or permanent resident.",
        {"CRIM.JURISDICTION"},
        {"CRIM.OFFENCE"},
    ),
    (
        "confiscation",
        "The court shall order the forfeiture of any property used in, or proceeds derived from, "
        "the offence of trafficking.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    # --- victims --------------------------------------------------------------------------------
    (
        "non-punishment",
        "A victim of trafficking shall not be criminally liable for any immigration offence "
        "committed as a direct result of being trafficked.",
        {"VIC.NONPUNISH"},
        set(),
    ),
    (
        "identification",
        "The Department shall establish a national referral mechanism for the identification of "
        "victims of trafficking.",
        {"VIC.IDENTIFY"},
        set(),
    ),
    (
        "privacy",
        "The court may hold the proceedings in camera and no person shall publish the name or "
        "address of a victim of trafficking.",
        {"VIC.PRIVACY"},
        set(),
    ),
    (
        "proceedings",
        "A victim of trafficking shall be entitled to free legal aid and to the services of an "
        "interpreter.",
        {"VIC.PROCEEDINGS"},
        set(),
    ),
    (
        "assistance",
        "Victims of trafficking shall be provided with shelter, medical care and psychological "
        "counselling.",
        {"VIC.ASSISTANCE"},
        {"CRIM.ACCOMPLICE"},
    ),
    (
        "child-victims",
        "In proceedings involving a child victim of trafficking, the court shall have regard to "
        "the best interests of the child and may appoint a guardian ad litem.",
        {"VIC.CHILD"},
        set(),
    ),
    (
        "child-witness",
        "A witness under the age of eighteen years in proceedings for trafficking may testify "
        "outside the courtroom.",
        {"VIC.CHILD", "VIC.SAFETY"},
        {"DEF.CHILD"},
    ),
    (
        "safety",
        "The Minister shall take measures to ensure the physical safety of victims and witnesses "
        "of trafficking, including their relocation.",
        {"VIC.SAFETY"},
        set(),
    ),
    (
        "compensation",
        "The court shall order the offender to pay compensation to the victim of trafficking for "
        "any injury or loss suffered.",
        {"VIC.COMPENSATION"},
        set(),
    ),
    (
        "residence",
        "A foreign victim of trafficking may be granted a temporary residence permit and a "
        "reflection period of thirty days.",
        {"VIC.RESIDENCE"},
        set(),
    ),
    (
        "repatriation",
        "The Government shall facilitate the safe and voluntary repatriation of victims of "
        "trafficking to their country of origin.",
        {"VIC.REPATRIATION"},
        set(),
    ),
    # --- prevention, cooperation, institutions, saving ------------------------------------------
    (
        "plan",
        "The Council shall formulate a national action plan to prevent and combat trafficking in "
        "persons.",
        {"PREV.POLICY"},
        set(),
    ),
    (
        "awareness",
        "The Government shall conduct public awareness campaigns and research on trafficking in "
        "persons.",
        {"PREV.AWARENESS"},
        set(),
    ),
    (
        "root-causes",
        "The State shall address poverty, unemployment and lack of equal opportunity, which make "
        "women and children vulnerable to trafficking.",
        {"PREV.ROOTCAUSES"},
        set(),
    ),
    (
        "demand",
        "The Government shall adopt measures to discourage the demand that fosters the "
        "exploitation of persons, especially women and children.",
        {"PREV.DEMAND"},
        set(),
    ),
    (
        "info-exchange",
        "The competent authorities shall exchange information with foreign law enforcement "
        "agencies and may provide mutual legal assistance in trafficking cases.",
        {"COOP.INFOEXCHANGE"},
        set(),
    ),
    (
        "training",
        "The Commission shall provide training to police officers, prosecutors and immigration "
        "officials on the identification of victims of trafficking.",
        {"COOP.TRAINING"},
        set(),
    ),
    (
        "border",
        "The immigration authorities shall strengthen border controls to detect and prevent "
        "trafficking in persons.",
        {"COOP.BORDER"},
        set(),
    ),
    (
        "document-security",
        "The passport authority shall ensure the integrity and security of travel documents so "
        "that they cannot easily be misused.",
        {"COOP.DOCUMENTS"},
        {"CRIM.DOCUMENTS"},
    ),
    (
        "coordination",
        "There is hereby established a National Anti-Trafficking Committee, which shall coordinate "
        "the implementation of this Act.",
        {"INST.COORDINATION"},
        set(),
    ),
    (
        "data",
        "The Committee shall collect statistics on trafficking cases and submit an annual report "
        "to Parliament.",
        {"INST.DATA"},
        set(),
    ),
    (
        "fund",
        "A Trust Fund for the rehabilitation of victims of trafficking is hereby established.",
        {"INST.FUND"},
        set(),
    ),
    (
        "saving",
        "Nothing in this Act shall affect the rights, obligations and responsibilities of States "
        "under international law, including international humanitarian law and the principle of "
        "non-refoulement.",
        {"GEN.SAVING"},
        set(),
    ),
    # --- near misses ----------------------------------------------------------------------------
    (
        "trap-drugs",
        "Whoever transports or sells narcotic drugs commits the offence of drug trafficking and "
        "shall be liable to imprisonment.",
        set(),
        {"DEF.ACT", "CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "trap-firearms",
        "Trafficking in firearms and ammunition is punishable with imprisonment for ten years.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "trap-smuggling",
        "Any person who organises the illegal entry of migrants into the country for financial "
        "gain commits the offence of smuggling of migrants and shall be liable to imprisonment.",
        set(),
        {"CRIM.OFFENCE", "DEF.ACT", "CRIM.PENALTY"},
    ),
    (
        "trap-penal-servitude",
        "The offender shall be liable to penal servitude for seven years.",
        set(),
        {"DEF.PURPOSE.SERVITUDE"},
    ),
    (
        "trap-proviso",
        "Provided, That the Council may provide for the receipt of complaints by electronic means.",
        set(),
        {"DEF.ACT"},
    ),
    (
        "trap-freed-labourers",
        "The District Magistrate shall promote the welfare of persons freed from bonded labour and "
        "provide for their rehabilitation.",
        {"VIC.ASSISTANCE"},
        {"DEF.PURPOSE.SLAVERY", "CRIM.OFFENCE"},
    ),
    (
        "trap-protective-custody",
        "A rescued victim of trafficking may be placed in protective custody in a shelter home.",
        {"VIC.ASSISTANCE"},
        {"CRIM.PENALTY"},
    ),
    (
        "trap-connivance",
        "Where an offence of trafficking is committed by a company with the consent or connivance "
        "of a director, the director shall be guilty of that offence.",
        {"CRIM.LEGALPERSON"},
        {"DEF.CONSENT"},
    ),
    (
        "trap-attorney-general",
        "The Attorney General may bring a civil action to enjoin any act of trafficking.",
        set(),
        {"VIC.PROCEEDINGS", "CRIM.ORGANIZE"},
    ),
    (
        "trap-appropriate",
        "The Minister shall take appropriate measures against trafficking in persons.",
        set(),
        {"INST.FUND"},
    ),
    (
        "trap-seizing-a-person",
        "Whoever seizes any person with intent to sell him as a slave shall be punished with "
        "imprisonment.",
        {"DEF.PURPOSE.SLAVERY", "CRIM.OFFENCE"},
        {"CRIM.CONFISCATION"},
    ),
    (
        "trap-serious-criminality",
        "A foreign national is inadmissible on grounds of serious criminality for having been "
        "convicted of trafficking in persons or of any offence punishable by a maximum term of "
        "imprisonment of at least ten years.",
        {"COOP.BORDER"},
        {"CRIM.PENALTY", "CRIM.OFFENCE"},
    ),
    (
        "trap-offence-catalogue",
        "In this section, designated offence means an offence under section 279.01 (trafficking "
        "in persons), section 279.02 (material benefit) or section 279.03 (withholding documents).",
        set(),
        {"DEF.ACT", "CRIM.OFFENCE", "CRIM.ATTEMPT"},
    ),
    (
        "trap-sentencing-factor",
        "In determining the sentence, the court shall take into account whether the offence of "
        "trafficking involved sexual exploitation.",
        set(),
        {"DEF.PURPOSE.SEXUAL"},
    ),
    (
        "trap-venue",
        "A prosecution for an offence of trafficking committed outside the country may be "
        "instituted, tried and determined at any place in the country.",
        set(),
        {"CRIM.JURISDICTION"},
    ),
    (
        "trap-natural-resources",
        "The exploitation of natural resources shall be regulated by licence and any person who "
        "contravenes this section shall be liable to a fine.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "CRIM.LEGALPERSON"},
    ),
    (
        "trap-policy-declaration",
        "The State shall protect the people from any threat of violence and exploitation and "
        "eliminate trafficking in persons.",
        set(),
        {"DEF.MEANS", "DEF.ACT"},
    ),
    # --- conventions: clients, linked offences, abolition, findings, catalogues ------------------
    (
        "client-purchase-of-sex",
        "Everyone who obtains for consideration the sexual services of a person is guilty of an "
        "offence and liable to imprisonment for a term of not more than five years.",
        {"CRIM.USESERVICES", "PREV.DEMAND", "CRIM.PENALTY"},
        set(),
    ),
    (
        "trap-patronizing-in-a-definition",
        'In this Part, "trafficking for sexual purposes" means recruiting, patronizing or '
        "soliciting a person for commercial sexual exploitation.",
        {"DEF.ACT", "DEF.PURPOSE.SEXUAL"},
        {"CRIM.USESERVICES"},
    ),
    (
        "trap-communicating-to-sell-own-services",
        "Everyone who, in a public place, communicates for the purpose of offering, providing or "
        "obtaining sexual services for consideration is guilty of an offence.",
        set(),
        {"CRIM.USESERVICES", "DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE"},
    ),
    (
        "procuring-a-person-to-provide-sexual-services",
        "Everyone who procures a person to offer or provide sexual services for consideration, or "
        "who recruits or harbours such a person by threats, is guilty of an offence.",
        {"DEF.PURPOSE.SEXUAL", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "immunity-for-own-sexual-services",
        "No person shall be prosecuted for an offence under section 9.2 in relation to the "
        "provision of their own sexual services.",
        {"VIC.NONPUNISH"},
        set(),
    ),
    (
        "prohibition-is-an-offence",
        "Offence of trafficking\nNo person shall recruit or transport another person by means of "
        "threat or fraud for the purpose of exploitation.",
        {"CRIM.OFFENCE", "DEF.ACT", "DEF.MEANS"},
        set(),
    ),
    (
        "trap-abolition-section",
        "Abolition of the bonded labour system\nOn the commencement of this Act the bonded labour "
        "system shall stand abolished, and no person shall thereafter compel any person to render "
        "bonded labour.",
        set(),
        {"CRIM.OFFENCE"},
    ),
    (
        "linked-offence-material-benefit",
        "Any person who receives a financial or other material benefit knowing that it is derived "
        "from the commission of an offence of trafficking under section 5 is guilty of an offence "
        "and liable to imprisonment for seven years.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "documents-withheld-to-facilitate",
        "Whoever, in order to facilitate an offence under section 4, withholds or destroys the "
        "passport or identity document of another person shall be punished with imprisonment.",
        {"CRIM.DOCUMENTS"},
        set(),
    ),
    (
        "trap-statement-of-purposes",
        "The purposes of this Act are to combat trafficking in persons, forced labour and slavery, "
        "to punish traffickers and to protect their victims.",
        set(),
        {"DEF.PURPOSE.LABOUR", "DEF.PURPOSE.SLAVERY", "CRIM.PENALTY", "CRIM.OFFENCE"},
    ),
    (
        "trap-policy-of-the-state",
        "It is hereby declared the policy of the State to eliminate forced labour and the sexual "
        "exploitation of women and children.",
        set(),
        {"DEF.PURPOSE.LABOUR", "DEF.PURPOSE.SEXUAL"},
    ),
    (
        "trap-committee-on-ways-and-means",
        "The Minister shall report to the Committee on Ways and Means on forced labour in the "
        "supply chains of imported goods.",
        set(),
        {"DEF.PURPOSE.LABOUR"},
    ),
    (
        "trap-registration-for-life",
        "A registration order made after a conviction for trafficking in persons applies for life.",
        set(),
        {"CRIM.PENALTY"},
    ),
    (
        "trap-purpose-of-facilitating-another-offence",
        "Everyone who communicates with a child by means of a computer for the purpose of "
        "facilitating the commission of an offence of trafficking is guilty of an offence.",
        set(),
        {"CRIM.ACCOMPLICE"},
    ),
    (
        "trap-designated-offence-catalogue",
        "In this Part, designated offence means (a) an offence of trafficking in persons under "
        "section 12; or (b) an attempt to commit or a conspiracy to commit an offence referred to "
        "in paragraph (a), punishable by imprisonment.",
        set(),
        {"CRIM.ATTEMPT", "CRIM.ORGANIZE"},
    ),
    (
        "trap-catalogue-with-bare-numbers",
        "The order may be made for an offence under subsection 40(1) (procuring), 40(2) (living on "
        "the avails of prostitution of a person under 18 years) or 41 (aggravated offence).",
        set(),
        {"CRIM.AGGRAV", "DEF.PURPOSE.SEXUAL"},
    ),
    (
        "contractor-debarment",
        "Where a contractor has engaged in trafficking in persons, the agency may terminate the "
        "contract, suspend payments and refer the contractor for debarment.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "trap-rating-watch-list",
        "A country on the special watch list shall receive no assistance unless its government "
        "makes significant efforts against trafficking in persons.",
        set(),
        {"COOP.BORDER"},
    ),
    (
        "child-branch-in-a-definition",
        'In this Act, "trafficking for sexual purposes" means the recruitment of a person by force '
        "or fraud, or of a person who has not attained 18 years of age, for commercial sexual "
        "exploitation.",
        {"DEF.CHILD", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "trap-eligible-victim-defined-by-age",
        'For the purposes of this section, the term "eligible victim" means a person who has not '
        "attained 18 years of age and who was subjected to trafficking.",
        set(),
        {"DEF.CHILD"},
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_rules(name: str, text: str, must: set[str], must_not: set[str]) -> None:
    tp = tag_text(text, "en", with_model=False)
    codes = {t.code for t in tp.tags}
    assert must <= codes, f"{name}: missing {sorted(must - codes)}"
    assert not (must_not & codes), f"{name}: unexpected {sorted(must_not & codes)}"
    for t in tp.tags:
        assert t.evidence, f"{t.code} without evidence"
        for e in t.evidence:
            assert tp.text[e.start : e.end] == e.text
            assert e.pattern.startswith(("en.", "xx."))


def test_line_breaks_inside_phrases() -> None:
    """Gazette and PDF renderings break lines inside phrases."""
    text = (
        "Any person who recruits, harbours or transports another person for sexual\n"
        "exploitation or forced\nlabour commits an offence of trafficking in persons."
    )
    codes = {t.code for t in tag_text(text, "en", with_model=False).tags}
    assert {"DEF.PURPOSE.SEXUAL", "DEF.PURPOSE.LABOUR", "DEF.ACT", "CRIM.OFFENCE"} <= codes


# (case id, text, SDG targets that must be cued, targets that must not)
SDG_CASES: list[tuple[str, str, set[str], set[str]]] = [
    ("smuggling", "The smuggling of migrants is punishable.", {"10.7"}, {"8.7"}),
    (
        "forced-marriage",
        "No person shall be compelled to enter into a forced marriage.",
        {"5.3"},
        set(),
    ),
    (
        "workers",
        "Labour inspectors shall monitor the working conditions of migrant workers.",
        {"8.8", "10.7"},
        set(),
    ),
    (
        "organised-crime",
        "The proceeds of crime of an organised criminal group and money laundering.",
        {"16.4"},
        set(),
    ),
    ("forced-labour", "Forced labour is prohibited in all its forms.", {"8.7"}, set()),
    ("women", "Women and girls who are victims of sexual exploitation.", {"5.2"}, set()),
    ("children", "Children who are victims of exploitation.", {"16.2"}, set()),
    (
        "coming-into-force",
        "This Act comes into force on the date of its publication.",
        set(),
        {"10.7"},
    ),
    (
        "child-laundering",
        "Child laundering is the sale of a child under false pretences.",
        set(),
        {"16.4"},
    ),
    (
        "act-name",
        "A person convicted under the Immigration and Refugee Protection Act.",
        set(),
        {"10.7"},
    ),
    (
        "national-borders",
        "The offence may be committed within or across national borders.",
        set(),
        {"10.7"},
    ),
    ("freed-labourers", "The welfare of freed bonded labourers shall be promoted.", set(), {"8.7"}),
]


@pytest.mark.parametrize(
    ("name", "text", "must", "must_not"), SDG_CASES, ids=[c[0] for c in SDG_CASES]
)
def test_sdg_cues(name: str, text: str, must: set[str], must_not: set[str]) -> None:
    tp = tag_text(text, "en", with_model=False)
    targets = {s.target for s in tp.sdg}
    assert must <= targets, f"{name}: missing {sorted(must - targets)}"
    assert not (must_not & targets), f"{name}: unexpected {sorted(must_not & targets)}"
