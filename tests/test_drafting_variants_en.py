"""Drafting-variant suite for the English lexicon (annotations/lexicons/en.yaml).

Every provision below is invented for this test: short generic sentences written in the drafting
styles of common-law jurisdictions (UK and Ireland "commits an offence and is liable on conviction
on indictment", Australian "Penalty: Imprisonment for N years", Indian, Pakistani, Sri Lankan and
Bangladeshi penal-code style "whoever ... shall be punished with rigorous imprisonment / imprisonment
of either description", Singapore and Malaysia "shall be guilty of an offence and shall on
conviction be punished ... and to caning", African statutes (Nigeria, Kenya, Ghana, Uganda, Zambia,
South Africa), Caribbean and US state codes ("is guilty of a class B felony").  None quotes a law.
Each case lists the codes the annotation GUIDELINES would give the provision and the codes it must
not get (near misses: a mere mention, a cross-reference, an aggravation that is not a child
definition, a definition of a criminal group, catalogues of offences).

Pass counts (135 cases, written in batches, each before the rule changes it motivated):
with the lexicon as it was before this work 82/135 pass; after the changes 135/135.  Per batch,
before -> after: offence/penalty/means/purposes/child/aggravation/accomplice/organised/attempt/
legal-person/confiscation/use-of-services/victims 48/66 -> 66/66; more jurisdictions 20/25 ->
25/25; victim-side duties and sentencing 9/14 -> 14/14; purpose definitions 6/6; premises,
jurisdiction abroad, minor-victim aggravation, employing a victim 0/4 -> 4/4; UK-style
procedure and participation (advocates, live link, prevention orders, principal or accessory)
0/4 -> 4/4; US-state "commits <crime> if" and sale of a child 0/2 -> 2/2; place of
safety, penal-code procuration of a minor girl, deporting a foreign offender 0/3 -> 3/3;
officers of a company, "liable to be forfeited", intermediaries, "double the penalty", restraining
orders 0/5 -> 5/5; "a person shall not ..." prohibitions (Ghana, Nigeria) 1/3 -> 3/3;
victims' views, paying for or receiving a child's or victim's sexual services 0/3 -> 3/3.
"""

from __future__ import annotations

import pytest
from lexicon_checks import check_case

# (case id, text, codes that must be tagged, codes that must not be tagged)
CASES: list[tuple[str, str, set[str], set[str]]] = [
    # --- offence + penalty sentences ----------------------------------------------------------
    (
        "uk-offence-liable-on-indictment",
        "A person commits an offence if the person arranges or facilitates the travel of another "
        "person with a view to that person being exploited. A person guilty of an offence under "
        "this section is liable on conviction on indictment to imprisonment for life.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"},
        {"CRIM.AGGRAV", "DEF.CHILD"},
    ),
    (
        "ireland-guilty-and-liable",
        "A person who trafficks another person for the purposes of the exploitation of that person "
        "shall be guilty of an offence and shall be liable upon conviction on indictment to "
        "imprisonment for life or a lesser term and, at the discretion of the court, to a fine.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        {"CRIM.AGGRAV"},
    ),
    (
        "nigeria-liable-on-conviction",
        "Any person who recruits, transports, transfers, harbours or receives another person for "
        "the purpose of exploitation commits an offence and is liable on conviction to "
        "imprisonment for a term of not less than two years and a fine of not less than one "
        "million naira.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"},
        {"CRIM.AGGRAV"},
    ),
    (
        "kenya-fine-or-both",
        "A person who traffics another person for the purpose of exploitation commits an offence "
        "and is liable to imprisonment for a term of not less than thirty years or to a fine of "
        "not less than thirty million shillings or to both.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "india-rigorous-imprisonment",
        "Whoever commits the offence of trafficking shall be punished with rigorous imprisonment "
        "for a term which shall not be less than seven years, but which may extend to ten years, "
        "and shall also be liable to fine.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        {"CRIM.AGGRAV"},
    ),
    (
        "india-either-description",
        "Whoever buys, sells or otherwise disposes of any person as a slave shall be punished with "
        "imprisonment of either description for a term which may extend to seven years, and "
        "shall also be liable to fine.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SLAVERY"},
        set(),
    ),
    (
        "singapore-caning",
        "Any person who traffics any individual shall be guilty of an offence and shall on "
        "conviction be punished with imprisonment for a term not exceeding 10 years, a fine not "
        "exceeding $100,000 and shall also be liable to caning.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "australia-penalty-line",
        "A person commits an offence of trafficking in persons if the person organises or "
        "facilitates the transportation of another person from one place to another and is "
        "reckless as to whether the other person will be exploited.\nPenalty: Imprisonment for "
        "12 years.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "us-state-class-felony",
        "A person commits the crime of human trafficking if the person knowingly recruits, "
        "entices, harbors or transports another person for the purpose of forced labor or "
        "commercial sexual activity. Human trafficking is a class B felony.",
        {"CRIM.OFFENCE", "DEF.ACT", "DEF.PURPOSE.LABOUR", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "us-state-felony-degree",
        "A person who knowingly subjects another person to forced labor or services is guilty of "
        "a felony of the first degree and shall be sentenced to a term of imprisonment of not "
        "less than ten years.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.LABOUR"},
        set(),
    ),
    (
        "caribbean-summary-and-indictment",
        "A person who traffics a person commits an offence and is liable (a) on summary "
        "conviction, to a fine of fifty thousand dollars and to imprisonment for five years; or "
        "(b) on conviction on indictment, to a fine of five hundred thousand dollars and to "
        "imprisonment for fifteen years.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "south-africa-fine-or-imprisonment",
        "Any person who is found guilty of trafficking in persons is liable to a fine or to "
        "imprisonment, including imprisonment for life, or to both a fine and such imprisonment.",
        {"CRIM.PENALTY"},
        set(),
    ),
    (
        "uk-standard-scale",
        "A person who fails without reasonable excuse to comply with a slavery and trafficking "
        "prevention order commits an offence and is liable on summary conviction to a fine not "
        "exceeding level 5 on the standard scale.",
        {"CRIM.PENALTY"},
        set(),
    ),
    (
        "years-imprisonment-possessive",
        "Any person who holds another person in servitude or requires that person to perform "
        "forced or compulsory labour shall be guilty of an offence and liable to 14 years' "
        "imprisonment.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SERVITUDE", "DEF.PURPOSE.LABOUR"},
        set(),
    ),
    # --- means ------------------------------------------------------------------------------------
    (
        "means-coercion-list",
        "A person commits an offence if he recruits or transports another person by the use of "
        "threats, force or other forms of coercion, abduction, fraud or deception for the purpose "
        "of exploitation.",
        {"DEF.MEANS", "DEF.ACT", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "means-us-state-enumerated",
        "A person commits the offence of labor trafficking if the person knowingly obtains the "
        "labor or services of another person by causing or threatening to cause bodily injury, "
        "physically restraining the person, or destroying or withholding the person's passport.",
        {"DEF.MEANS", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "means-australia-deceives",
        "A person commits an offence of deceptive recruiting for sexual services if the person, "
        "with the intention of inducing another person to enter into an engagement to provide "
        "sexual services, deceives that other person about the fact that the engagement will "
        "involve the provision of sexual services. Penalty: Imprisonment for 7 years.",
        {"DEF.MEANS", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "means-inducement-payments",
        "Whoever, for the purpose of exploitation, recruits or harbours a person by abuse of power "
        "or by inducement, including the giving or receiving of payments or benefits in order to "
        "achieve the consent of a person having control over the person recruited, commits the "
        "offence of trafficking.",
        {"DEF.MEANS", "DEF.ACT", "CRIM.OFFENCE"},
        set(),
    ),
    # --- purposes ---------------------------------------------------------------------------------
    (
        "purpose-sexual-activity",
        "In this Act, exploitation includes compelling a person to engage in any sexual activity "
        "for the financial or other benefit of another person, and forced labour.",
        {"DEF.PURPOSE.SEXUAL", "DEF.PURPOSE.LABOUR"},
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "purpose-other-begging-criminal",
        "For the purposes of this Part, a person is exploited if the person is forced to beg or "
        "is compelled to commit any criminal activity for the benefit of another, or if a person "
        "is trafficked for the purpose of an illegal adoption or a forced marriage.",
        {"DEF.PURPOSE.OTHER"},
        {"CRIM.OFFENCE"},
    ),
    (
        "purpose-other-illicit-activities",
        "Exploitation means any of the following: keeping a person in servitude, the prostitution "
        "of others, the use of a child in armed conflict, or the use of a person in illicit "
        "activities.",
        {"DEF.PURPOSE.OTHER", "DEF.PURPOSE.SERVITUDE", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "purpose-sexual-pornography",
        "Any person who recruits, transports or harbours a child for the purpose of the production "
        "of pornography or obscene performances commits an offence of trafficking.",
        {"DEF.PURPOSE.SEXUAL", "DEF.PURPOSE.OTHER", "CRIM.OFFENCE"},
        set(),
    ),
    # --- child definition and child-specific offences ----------------------------------------------
    (
        "child-has-not-attained",
        "In this Act, unless the context otherwise requires, “child” means a person who has not "
        "attained the age of eighteen years.",
        {"DEF.CHILD"},
        {"CRIM.OFFENCE"},
    ),
    (
        "child-no-means-deemed",
        "The recruitment, transportation, transfer, harbouring or receipt of a child for the "
        "purpose of exploitation shall be deemed to be trafficking in persons even if it does not "
        "involve any of the means set out in subsection (1).",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "child-means-need-not-be-proved",
        "Where the person trafficked is a child, it shall not be necessary to prove that any of "
        "the means referred to in section 3 were used.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "child-trafficking-offence",
        "Any person who traffics a child, or who sells, buys or otherwise transfers a child for "
        "consideration, commits the offence of child trafficking and is liable on conviction to "
        "imprisonment for life.",
        {"DEF.CHILD", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "child-aggravation-near-miss",
        "Where the victim of an offence of trafficking in persons is a child, the offender shall "
        "be liable to imprisonment for life.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"DEF.CHILD"},
    ),
    (
        "child-register-near-miss",
        "The register of rescued persons shall record the name, address and age of every victim of "
        "trafficking, and whether the victim is under the age of eighteen years.",
        set(),
        {"DEF.CHILD", "CRIM.OFFENCE"},
    ),
    # --- aggravation ------------------------------------------------------------------------------
    (
        "aggrav-list-organised",
        "An offence of trafficking in persons is aggravated where the offence is committed by an "
        "organised criminal group, the victim dies or suffers serious bodily harm, or the "
        "offender is a public officer, and the offender shall be liable to imprisonment for life.",
        {"CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY"},
        {"DEF.CHILD"},
    ),
    (
        "aggrav-two-or-more-persons",
        "Where the offence of trafficking is committed by two or more persons acting in concert, "
        "the punishment shall be rigorous imprisonment for a term which shall not be less than "
        "fourteen years.",
        {"CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "aggrav-doubled",
        "The penalty prescribed for the offence of trafficking in persons shall be doubled if the "
        "offender is a parent, guardian or a person in authority over the victim.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "aggrav-australia-offence",
        "A person commits an offence of aggravated trafficking in persons if the person commits "
        "an offence of trafficking in persons in relation to a victim and, in committing that "
        "offence, subjects the victim to cruel, inhuman or degrading treatment. Penalty: "
        "Imprisonment for 20 years.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "aggrav-sentencing-court-regard",
        "In sentencing a person convicted of an offence of trafficking in persons, the court "
        "shall treat as an aggravating factor the fact that the victim was a pregnant woman or "
        "a person with a disability.",
        {"CRIM.AGGRAV"},
        {"DEF.CHILD"},
    ),
    (
        "aggrav-more-than-one-victim",
        "Where the offence involves the trafficking of more than one person, it shall be "
        "punishable with rigorous imprisonment for a term which shall not be less than ten years.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"CRIM.ORGANIZE"},
    ),
    (
        "recidivism-near-miss",
        "A person who, having been convicted of an offence of trafficking in persons, is again "
        "convicted of such an offence shall be punished with imprisonment for life.",
        {"CRIM.PENALTY"},
        {"DEF.CHILD"},
    ),
    # --- accomplice -------------------------------------------------------------------------------
    (
        "accomplice-aids-abets-counsels-procures",
        "Any person who aids, abets, counsels or procures the commission of an offence of "
        "trafficking in persons commits an offence and is liable to the same punishment as the "
        "principal offender.",
        {"CRIM.ACCOMPLICE"},
        set(),
    ),
    (
        "accomplice-abets-ipc",
        "Whoever abets the commission of an offence of trafficking shall be punished with the "
        "punishment provided for that offence.",
        {"CRIM.ACCOMPLICE"},
        {"CRIM.PENALTY"},  # dev gold: "punished like the abetted offence" sets no penalty
    ),
    (
        "accomplice-instigates-facilitates",
        "A person who instigates, assists or knowingly facilitates trafficking in persons commits "
        "an offence and is liable on conviction to imprisonment for ten years.",
        {"CRIM.ACCOMPLICE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "accomplice-party-to-offence",
        "Every one who does or omits to do anything for the purpose of aiding any person to "
        "commit an offence of trafficking in persons is a party to that offence.",
        {"CRIM.ACCOMPLICE"},
        set(),
    ),
    (
        "procures-is-act-not-accomplice",
        "Any person who procures a woman or girl for the purpose of prostitution commits an "
        "offence and is liable on conviction to imprisonment for ten years.",
        {"CRIM.OFFENCE", "DEF.PURPOSE.SEXUAL", "CRIM.PENALTY"},
        {"CRIM.ACCOMPLICE"},
    ),
    # --- organised crime and conspiracy ------------------------------------------------------------
    (
        "organize-conspires",
        "A person who conspires with another person to commit an offence of trafficking in "
        "persons commits an offence and is liable on conviction to the same penalty as for the "
        "offence.",
        {"CRIM.ORGANIZE"},
        set(),
    ),
    (
        "organize-agrees-two-or-more",
        "Where two or more persons agree to commit an offence of trafficking in persons, each of "
        "them commits an offence and is liable to imprisonment for fifteen years.",
        {"CRIM.ORGANIZE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "organize-participation-group",
        "Any person who participates in, directs or finances an organised criminal group that "
        "engages in trafficking in persons commits an offence and is liable to imprisonment for "
        "twenty years.",
        {"CRIM.ORGANIZE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "organize-definition-near-miss",
        "In this Act, “organised criminal group” means a structured group of three or more "
        "persons acting in concert with the aim of committing one or more serious offences, "
        "including trafficking in persons, in order to obtain a financial benefit.",
        set(),
        {"CRIM.ORGANIZE", "CRIM.AGGRAV", "CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    # --- attempt ---------------------------------------------------------------------------------
    (
        "attempt-as-if-completed",
        "An attempt to commit an offence of trafficking in persons is punishable as if the offence "
        "had been completed.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    (
        "attempt-attempts-to-traffic",
        "Any person who attempts to traffic another person commits an offence and is liable on "
        "conviction to imprisonment for ten years.",
        {"CRIM.ATTEMPT", "CRIM.PENALTY"},
        set(),
    ),
    (
        "attempt-ipc-whoever",
        "Whoever attempts to commit any offence punishable under this Act relating to trafficking "
        "shall be punished with imprisonment for a term which may extend to one-half of the "
        "longest term provided for that offence.",
        {"CRIM.ATTEMPT", "CRIM.PENALTY"},
        set(),
    ),
    # --- legal persons ---------------------------------------------------------------------------
    (
        "legalperson-body-corporate-officers",
        "Where an offence of trafficking in persons is committed by a body corporate with the "
        "consent or connivance of any director or manager, that person as well as the body "
        "corporate shall be guilty of the offence and liable to be proceeded against.",
        {"CRIM.LEGALPERSON"},
        {"DEF.CONSENT"},
    ),
    (
        "legalperson-deregistration",
        "Where a legal entity is convicted of an offence of trafficking in persons, the court may "
        "order that the entity be wound up, or that its registration or licence be cancelled, in "
        "addition to a fine not exceeding ten million dollars.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "legalperson-mention-near-miss",
        "The penalty for trafficking in persons shall be increased where the offender is a public "
        "officer.",
        {"CRIM.AGGRAV"},
        {"CRIM.LEGALPERSON"},
    ),
    # --- confiscation ---------------------------------------------------------------------------
    (
        "confiscation-forfeiture-order",
        "Where a person is convicted of an offence of trafficking in persons, the court shall order "
        "the forfeiture to the State of any property used in or derived from the commission of the "
        "offence.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "confiscation-conveyance",
        "Any conveyance used in the transportation of a trafficked person may be seized and shall "
        "be liable to forfeiture.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    # --- use of services -------------------------------------------------------------------------
    (
        "useservices-knowingly-uses",
        "A person who knowingly uses or enables the use of the services of a victim of trafficking "
        "commits an offence and is liable to imprisonment for five years.",
        {"CRIM.USESERVICES", "CRIM.PENALTY"},
        set(),
    ),
    (
        "useservices-pays-child",
        "Any person who obtains for consideration the sexual services of a child commits an "
        "offence and is liable on conviction to imprisonment for ten years.",
        {"CRIM.USESERVICES", "CRIM.PENALTY"},
        set(),
    ),
    (
        "useservices-interpreter-near-miss",
        "A victim of trafficking shall be entitled to use the services of an interpreter during "
        "any proceedings.",
        {"VIC.PROCEEDINGS"},
        {"CRIM.USESERVICES", "CRIM.OFFENCE"},
    ),
    # --- victims ---------------------------------------------------------------------------------
    (
        "assistance-state-duty",
        "The Government shall provide victims of trafficking with appropriate accommodation, "
        "medical care, psychosocial support and access to education and vocational training.",
        {"VIC.ASSISTANCE"},
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "assistance-entitled-services",
        "A trafficked person is entitled to social welfare services, including counselling, "
        "temporary shelter and health care, whether or not he or she agrees to testify.",
        {"VIC.ASSISTANCE"},
        set(),
    ),
    (
        "child-victim-best-interests",
        "In all actions concerning a child victim of trafficking, the best interests of the child "
        "shall be the paramount consideration.",
        {"VIC.CHILD"},
        {"DEF.CHILD"},
    ),
    (
        "child-victim-interview",
        "A child who is a victim of trafficking shall be interviewed only by an officer trained to "
        "deal with children and in the presence of a parent or a social worker.",
        {"VIC.CHILD"},
        {"DEF.CHILD"},
    ),
    (
        "safety-video-link",
        "The court may permit a victim of trafficking to give evidence by means of a live video "
        "link or from behind a screen.",
        {"VIC.SAFETY"},
        {"DEF.MEANS", "DEF.CHILD"},
    ),
    (
        "safety-protect-from-retaliation",
        "The police shall take all reasonable steps to protect victims of trafficking and their "
        "families from intimidation and retaliation.",
        {"VIC.SAFETY"},
        set(),
    ),
    (
        "privacy-publication",
        "No person shall publish any matter which is likely to lead to the identification of a "
        "victim of trafficking in persons.",
        {"VIC.PRIVACY"},
        {"CRIM.OFFENCE"},
    ),
    (
        "privacy-in-camera",
        "Proceedings relating to an offence of trafficking in persons may be held in camera at the "
        "request of the victim.",
        {"VIC.PRIVACY"},
        set(),
    ),
    (
        "proceedings-informed-legal-aid",
        "A victim of trafficking shall be informed of the progress of the case and shall be "
        "entitled to free legal aid and to the services of an interpreter.",
        {"VIC.PROCEEDINGS"},
        {"CRIM.USESERVICES"},
    ),
    # --- second batch: more jurisdictions and codes ------------------------------------------------
    (
        "srilanka-rigorous-may-also-fine",
        "Any person who commits the offence of trafficking shall on conviction be punished with "
        "rigorous imprisonment for a term not less than two years and not exceeding twenty years, "
        "and may also be punished with a fine.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "bangladesh-death-or-life",
        "Whoever sells or buys a woman for the purpose of prostitution shall be punished with "
        "death or with imprisonment for life and shall also be liable to fine.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "uganda-engages-in-trafficking",
        "A person who engages in the trafficking of persons commits an offence and is liable on "
        "conviction to imprisonment for fifteen years.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "zambia-penalty-units",
        "A person who knowingly leases premises for the purpose of trafficking in persons commits "
        "an offence and is liable, upon conviction, to a fine not exceeding two hundred thousand "
        "penalty units or to imprisonment for a period not exceeding twenty years, or to both.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "CRIM.ACCOMPLICE"},
        set(),
    ),
    (
        "means-abuse-of-authority-single",
        "A person commits an offence if, by abuse of his or her position of authority over another "
        "person, he or she recruits that person for the purpose of exploitation.",
        {"DEF.MEANS", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "purpose-organs-tissue",
        "For the purposes of this Part, exploitation includes the removal of any organ, tissue or "
        "body part of a person for financial gain.",
        {"DEF.PURPOSE.ORGANS"},
        {"CRIM.OFFENCE"},
    ),
    (
        "purpose-serf-slave-dealing",
        "Every one is liable to imprisonment for fourteen years who deals in slaves, or who holds "
        "any person as a serf or in servitude.",
        {"DEF.PURPOSE.SLAVERY", "DEF.PURPOSE.SERVITUDE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "useservices-sex-from-victim",
        "A person who obtains sexual services from another person knowing that the other person is "
        "a victim of trafficking is guilty of an offence.",
        {"CRIM.USESERVICES"},
        set(),
    ),
    (
        "useservices-employer-forced-labour",
        "An employer who knowingly uses the labour of a person subjected to forced labour commits "
        "an offence and is liable to a fine.",
        {"CRIM.USESERVICES", "CRIM.PENALTY"},
        set(),
    ),
    (
        "legalperson-company-multiple-fine",
        "If a company is convicted of an offence of trafficking in persons, the company is liable "
        "to a fine not exceeding five times the maximum fine for an individual.",
        {"CRIM.LEGALPERSON", "CRIM.PENALTY"},
        set(),
    ),
    (
        "legalperson-closure-establishment",
        "The court may order the closure of any establishment used for trafficking in persons and "
        "the cancellation of any licence or permit issued to its owner.",
        {"CRIM.LEGALPERSON"},
        set(),
    ),
    (
        "confiscation-proceeds",
        "Property that constitutes the proceeds of an offence of trafficking in persons is liable "
        "to confiscation in accordance with the law relating to the proceeds of crime.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "documents-not-confiscation",
        "A person who confiscates, conceals or destroys the passport or identity document of "
        "another person for the purpose of trafficking commits an offence.",
        {"CRIM.DOCUMENTS"},
        {"CRIM.CONFISCATION"},
    ),
    (
        "assistance-shelters-reintegration",
        "The Department shall establish shelters and provide rehabilitation and reintegration "
        "services for victims of trafficking.",
        {"VIC.ASSISTANCE"},
        set(),
    ),
    (
        "safety-witness-protection-programme",
        "A victim of trafficking who is a witness in criminal proceedings may be admitted into "
        "the witness protection programme.",
        {"VIC.SAFETY"},
        set(),
    ),
    (
        "proceedings-impact-statement",
        "A victim of trafficking may submit a victim impact statement to the court before "
        "sentence is passed.",
        {"VIC.PROCEEDINGS"},
        set(),
    ),
    (
        "child-victim-guardian",
        "Where a child victim of trafficking is unaccompanied, the Director shall appoint a "
        "guardian to represent the interests of the child.",
        {"VIC.CHILD"},
        {"DEF.CHILD"},
    ),
    (
        "child-victim-age-presumed",
        "Where the age of a victim of trafficking is uncertain and there are reasons to believe "
        "that the victim is a child, the victim shall be presumed to be a child.",
        {"VIC.CHILD"},
        set(),
    ),
    (
        "aggrav-weapon-death-increased",
        "The maximum penalty for an offence of trafficking in persons is increased to imprisonment "
        "for life where the offender used a weapon or caused the death of the victim.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "aggrav-public-officer-dismissal",
        "Where an offence of trafficking is committed by a public officer, the officer shall, in "
        "addition to the penalty prescribed, be dismissed from the public service.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        set(),
    ),
    (
        "attempt-conspire-incite",
        "Any person who attempts, conspires with or incites another to commit an offence of "
        "trafficking in persons commits an offence and is liable to the same penalty.",
        {"CRIM.ATTEMPT", "CRIM.ORGANIZE", "CRIM.ACCOMPLICE"},
        set(),
    ),
    (
        "child-consent-no-defence",
        "The consent of a child, or of the parent or guardian of a child, to the trafficking of "
        "the child shall not be a defence to a charge under this section.",
        {"DEF.CONSENT", "DEF.CHILD"},
        set(),
    ),
    (
        "child-crossreference-near-miss",
        "In this Act, “child” has the meaning assigned to it in the Children Act.",
        set(),
        {"DEF.CHILD"},
    ),
    (
        "drug-trafficking-near-miss",
        "Any person who engages in drug trafficking or in illicit trafficking in firearms commits "
        "an offence and is liable to imprisonment for life.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "smuggling-near-miss",
        "A person who smuggles a migrant into the country commits an offence and is liable on "
        "conviction to imprisonment for ten years.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.ACT"},
    ),
    # --- third batch: victim-side duties and sentencing styles ---------------------------------
    (
        "assistance-must-ensure-access",
        "The Department must ensure that a victim of trafficking has access to psychosocial "
        "support, accommodation and medical treatment.",
        {"VIC.ASSISTANCE"},
        {"CRIM.OFFENCE"},
    ),
    (
        "identify-refer-accredited",
        "A police official who has reasonable grounds to believe that a person is a victim of "
        "trafficking must refer that person to an accredited organisation for assistance.",
        {"VIC.IDENTIFY"},
        set(),
    ),
    (
        "nonpunish-not-guilty-defence",
        "A person is not guilty of an offence if the person is a victim of trafficking and "
        "committed the act as a direct consequence of having been trafficked.",
        {"VIC.NONPUNISH"},
        {"CRIM.OFFENCE"},
    ),
    (
        "residence-reflection-permit",
        "A foreign victim of trafficking may be issued with a temporary residence permit for a "
        "recovery and reflection period of ninety days.",
        {"VIC.RESIDENCE"},
        set(),
    ),
    (
        "repatriation-safe-return",
        "The Minister shall facilitate the safe return of a victim of trafficking to his or her "
        "country of origin with due regard to his or her safety.",
        {"VIC.REPATRIATION"},
        set(),
    ),
    (
        "compensation-order-convicted",
        "The court shall order a person convicted of trafficking in persons to pay compensation to "
        "the victim for any loss or injury suffered.",
        {"VIC.COMPENSATION"},
        set(),
    ),
    (
        "useservices-makes-use-of",
        "Any person who knowingly makes use of the services of a trafficked person commits an "
        "offence and is liable to imprisonment for seven years.",
        {"CRIM.USESERVICES", "CRIM.PENALTY"},
        set(),
    ),
    (
        "organize-syndicate-deemed",
        "Trafficking in persons is deemed committed by a syndicate if it is carried out by a group "
        "of three or more persons conspiring with one another, and the offender shall suffer the "
        "penalty of life imprisonment.",
        {"CRIM.ORGANIZE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "confiscation-freezing-order",
        "The High Court may, on application by the Director of Public Prosecutions, make an order "
        "freezing any property believed to be the proceeds of trafficking in persons.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "aggrav-sentencing-take-into-account",
        "In determining the sentence for an offence of trafficking in persons, the court must take "
        "into account whether the offence caused serious harm to the victim.",
        {"CRIM.AGGRAV"},
        set(),
    ),
    (
        "attempt-attempting-treated-as",
        "An offence of attempting to commit an offence of trafficking under section 2 is to be "
        "treated as an offence under that section.",
        {"CRIM.ATTEMPT"},
        set(),
    ),
    (
        "child-minor-consented-no-defense",
        "It is not a defense to a prosecution for sex trafficking of a minor that the minor "
        "consented or that the defendant did not know the age of the minor.",
        {"DEF.CHILD", "DEF.CONSENT"},
        set(),
    ),
    (
        "debt-bondage-holds",
        "A person who holds another person in debt bondage commits an offence and is liable on "
        "conviction to imprisonment for ten years.",
        {"DEF.PURPOSE.SLAVERY", "CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "rape-outside-domain-near-miss",
        "A person who commits rape is liable on conviction to imprisonment for life.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY", "CRIM.AGGRAV"},
    ),
    # --- fourth batch: definitions of the purposes in other words --------------------------------
    (
        "def-sexual-exploitation-gain",
        "“sexual exploitation” means the use of a person in prostitution, pornography or any other "
        "sexual activity for the financial gain of another person.",
        {"DEF.PURPOSE.SEXUAL", "DEF.PURPOSE.OTHER"},
        {"CRIM.OFFENCE"},
    ),
    (
        "def-forced-labour-menace",
        "“forced labour” means any work or service exacted from a person under the menace of a "
        "penalty and for which the person has not offered himself or herself voluntarily.",
        {"DEF.PURPOSE.LABOUR"},
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "def-servitude-dependency",
        "“servitude” means a condition of dependency in which the labour or services of a person "
        "are unlawfully extracted by force or threats.",
        {"DEF.PURPOSE.SERVITUDE"},
        set(),
    ),
    (
        "def-debt-bondage-pledge",
        "“debt bondage” means the status arising from a pledge by a debtor of his or her personal "
        "services as security for a debt, where the value of those services is not applied toward "
        "the liquidation of the debt.",
        {"DEF.PURPOSE.SLAVERY"},
        set(),
    ),
    (
        "def-slavery-ownership",
        "“slavery” means the condition of a person over whom any or all of the powers attaching to "
        "the right of ownership are exercised.",
        {"DEF.PURPOSE.SLAVERY"},
        set(),
    ),
    (
        "offence-uses-child-for-begging",
        "Any person who uses a child for the purpose of begging, or who causes a child to be used "
        "for begging, commits an offence of child exploitation and is liable to imprisonment for "
        "five years.",
        {"DEF.PURPOSE.OTHER", "CRIM.PENALTY"},
        set(),
    ),
    # --- fifth batch -----------------------------------------------------------------------------
    (
        "aggrav-involves-minor",
        "Where the offence involves the trafficking of a minor, it shall be punishable with "
        "rigorous imprisonment for a term which shall not be less than ten years.",
        {"CRIM.AGGRAV", "CRIM.PENALTY"},
        {"DEF.CHILD"},
    ),
    (
        "accomplice-permits-premises",
        "Any person who, being the owner or occupier of premises, knowingly permits the premises "
        "to be used for the purpose of trafficking in persons commits an offence.",
        {"CRIM.ACCOMPLICE", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "jurisdiction-citizen-abroad",
        "A citizen who commits an act of trafficking in persons outside the Republic may be tried "
        "and punished as if the offence had been committed in the Republic.",
        {"CRIM.JURISDICTION"},
        set(),
    ),
    (
        "useservices-employs-victim",
        "A person is guilty of an offence who, knowing that a person is a victim of trafficking, "
        "employs that person or makes use of his or her services.",
        {"CRIM.USESERVICES"},
        set(),
    ),
    (
        "child-trafficking-advocates",
        "The Secretary of State shall make arrangements to enable persons to be appointed as "
        "independent child trafficking advocates to represent and support children who may be "
        "victims of human trafficking.",
        {"VIC.CHILD"},
        {"DEF.CHILD"},
    ),
    (
        "safety-special-measures-live-link",
        "Special measures for witnesses, including giving evidence by live link, are available to "
        "a complainant in proceedings for an offence of slavery or human trafficking.",
        {"VIC.SAFETY"},
        {"DEF.PURPOSE.SLAVERY", "CRIM.OFFENCE"},
    ),
    (
        "prevention-order-mention-near-miss",
        "The court may, on conviction of a person for a slavery or human trafficking offence, make "
        "a slavery and trafficking prevention order prohibiting the defendant from doing the "
        "things described in the order.",
        set(),
        {"DEF.PURPOSE.SLAVERY", "CRIM.OFFENCE", "DEF.CHILD"},
    ),
    (
        "accomplice-principal-or-accessory",
        "Every person who is a party to trafficking in persons, whether as principal or as an "
        "accessory, is liable to the punishment provided for the offence.",
        {"CRIM.ACCOMPLICE"},
        set(),
    ),
    (
        "us-state-commits-named-crime-if",
        "A person commits involuntary servitude if the person knowingly subjects another person to "
        "labor or services by threatening serious harm. Involuntary servitude is a Class 2 felony.",
        {
            "CRIM.OFFENCE",
            "CRIM.PENALTY",
            "DEF.MEANS",
            "DEF.PURPOSE.SERVITUDE",
            "DEF.PURPOSE.LABOUR",
        },
        set(),
    ),
    (
        "child-advertises-sale-of-child",
        "A person who knowingly advertises the sale of a child for sexual exploitation commits an "
        "offence and is liable on conviction to imprisonment for a term not exceeding fifteen "
        "years.",
        {"DEF.CHILD", "CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL"},
        set(),
    ),
    (
        "assistance-place-of-safety",
        "The Minister may by order declare any place to be a place of safety for the reception of "
        "victims of trafficking.",
        {"VIC.ASSISTANCE"},
        set(),
    ),
    (
        "penal-code-procuration-minor-girl",
        "Whoever entices a girl below eighteen years of age to travel anywhere so that others may "
        "sexually exploit her shall be punishable with imprisonment which may extend to twelve "
        "years.",
        {"CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.SEXUAL", "DEF.CHILD"},
        set(),
    ),
    (
        "border-deport-foreign-offender",
        "Where a person convicted of an offence of trafficking is a foreign national, the court "
        "may order that the person be deported upon completion of the sentence.",
        {"COOP.BORDER"},
        {"VIC.RESIDENCE"},
    ),
    (
        "legalperson-company-officers-deemed-guilty",
        "Where an offence of trafficking under this Act has been committed by a company, every "
        "person who at the time the offence was committed was in charge of, and was responsible "
        "to, the company for the conduct of its business shall be deemed to be guilty of the "
        "offence.",
        {"CRIM.LEGALPERSON"},
        {"CRIM.OFFENCE"},
    ),
    (
        "confiscation-liable-to-be-forfeited",
        "Any money, vehicle or other article used in the commission of an offence of trafficking "
        "shall be liable to be forfeited to the Government.",
        {"CRIM.CONFISCATION"},
        {"CRIM.OFFENCE"},
    ),
    (
        "safety-intermediary-no-confrontation",
        "A victim of trafficking shall not be required to confront the accused in court and may "
        "testify through an intermediary.",
        {"VIC.SAFETY"},
        set(),
    ),
    (
        "aggrav-gang-member-double",
        "A person who, being a member of a gang, commits an offence of trafficking shall be liable "
        "to double the penalty prescribed for that offence.",
        {"CRIM.AGGRAV", "CRIM.ORGANIZE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "confiscation-restraining-order",
        "The Director of Public Prosecutions may apply to the High Court for a restraining order "
        "in respect of property of a person charged with trafficking in persons.",
        {"CRIM.CONFISCATION"},
        set(),
    ),
    (
        "ghana-shall-not-then-contravenes",
        "A person shall not traffic another person within or across the borders of the country. A "
        "person who contravenes this subsection commits an offence and is liable on summary "
        "conviction to a term of imprisonment of not less than five years.",
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
        set(),
    ),
    (
        "child-shall-not-whether-or-not-consents",
        "A person shall not recruit, transport or harbour a child for the purpose of exploitation, "
        "whether or not the child consents.",
        {"CRIM.OFFENCE", "DEF.ACT", "DEF.CHILD"},
        set(),
    ),
    (
        "nonpunish-shall-not-be-prosecuted",
        "A person shall not be prosecuted for an offence committed as a direct result of having "
        "been a victim of trafficking in persons.",
        {"VIC.NONPUNISH"},
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
    (
        "proceedings-views-and-concerns",
        "The prosecutor shall ensure that the views and concerns of a victim of trafficking are "
        "presented and considered at appropriate stages of the criminal proceedings.",
        {"VIC.PROCEEDINGS"},
        set(),
    ),
    (
        "useservices-pays-for-child-services",
        "A person who pays or offers to pay a child or any other person for sexual services of "
        "the child commits an offence and is liable to imprisonment for twenty years.",
        {"CRIM.USESERVICES", "CRIM.PENALTY"},
        set(),
    ),
    (
        "useservices-receives-sexual-services",
        "A person who knowingly receives the sexual services of a person who is a victim of "
        "trafficking is guilty of an offence.",
        {"CRIM.USESERVICES"},
        set(),
    ),
    # --- catalogues and mentions ------------------------------------------------------------------
    (
        "catalogue-near-miss",
        "For the purposes of this Part, a serious offence includes an offence under section 12 "
        "(trafficking in persons), section 13 (trafficking in children) and section 14 (debt "
        "bondage).",
        set(),
        {"CRIM.OFFENCE", "DEF.CHILD", "DEF.PURPOSE.SLAVERY", "CRIM.PENALTY"},
    ),
    (
        "policy-near-miss",
        "The objects of this Act are to prevent and combat trafficking in persons, to protect and "
        "assist victims and to prosecute and punish traffickers.",
        set(),
        {"CRIM.OFFENCE", "CRIM.PENALTY"},
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_variant(name: str, text: str, must: set[str], must_not: set[str]) -> None:
    check_case(name, text, "en", sorted(must), sorted(must_not))


def test_case_ids_unique() -> None:
    names = [c[0] for c in CASES]
    assert len(names) == len(set(names))
